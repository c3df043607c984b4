package io.cadre.platform.security;

import io.cadre.shared.Role;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who sends the commands of work that Cadre does by itself, where no user is signed in: the demo data, and
 * process managers reacting to events. It has a name, recorded as the actor of the events it causes, and
 * acts in one role, so its commands pass the same check as a user's ({@link CommandAuthorization}); it also
 * carries the authority {@value #AUTHORITY}, which no user can hold, so that it is never mistaken for one.
 *
 * @param name   the actor recorded on its events, such as {@code demo}
 * @param actsAs the role its commands are checked against
 */
public record SystemIdentity(String name, Role actsAs) {

    /** The authority that marks a sender as Cadre itself rather than a user. */
    public static final String AUTHORITY = "CADRE_SYSTEM";

    public SystemIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actsAs, "actsAs");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A system identity needs a name");
        }
    }

    /** Runs the work on this thread as this identity, then gives the thread back whoever it had before. */
    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Like {@link #run}, for work with a result. */
    public <T> T call(Supplier<T> work) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + actsAs.name()), new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
