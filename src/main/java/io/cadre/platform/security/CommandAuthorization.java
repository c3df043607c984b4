package io.cadre.platform.security;

import io.cadre.shared.NotAllowed;
import io.cadre.shared.Role;
import io.cadre.shared.ScopedCommand;
import io.cadre.shared.SentBy;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The one check of who may send a command, on the command bus: every command Cadre dispatches passes here,
 * whether a REST call, a view, an import, the demo or a command sent while handling another one sends it,
 * on the dispatching thread and before any handler runs, so a refusal records nothing.
 *
 * <p>The sender is the {@link Authentication} of the dispatching thread: a signed-in user (the import runs as
 * the user who uploaded the file), or Cadre's own work under a named {@link SystemIdentity}. A command is
 * let through when its class is annotated {@link SentBy} and the sender holds one of the roles it names;
 * otherwise, including when nobody is signed in or the class says nothing, the dispatch throws
 * {@link NotAllowed} (fail closed).
 *
 * <p>Scope: after the role check, a command about people or teams ({@link ScopedCommand}, such as every
 * {@code OrgCommand}) is let through only when each of its subjects is in the sender's scope on the command's date,
 * as {@link ScopeDecision} decides it; a subject that is a feature's own record (an objective) stands for the team or
 * person it belongs to ({@link RecordOwners}). Organisation-wide commands (ladders, users, imports) stay role-only.
 */
final class CommandAuthorization implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final ObjectProvider<ScopeDecision> scopes;
    private final ObjectProvider<RecordOwners> owners;

    CommandAuthorization(ObjectProvider<ScopeDecision> scopes, ObjectProvider<RecordOwners> owners) {
        this.scopes = scopes;
        this.owners = owners;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Authentication sender = SecurityContextHolder.getContext().getAuthentication();
            String refusal = refusal(command.getPayloadType(), sender);
            if (refusal == null && command.getPayload() instanceof ScopedCommand scoped) {
                refusal = outOfScope(scoped, sender);
            }
            if (refusal != null) {
                throw new NotAllowed(refusal);
            }
            return command;
        };
    }

    private String outOfScope(ScopedCommand command, Authentication sender) {
        Scope scope = scopes.getObject().of(sender, command.scopeDate());
        if (scope.everyone()) {
            return null;
        }
        for (UUID named : command.scopeSubjects()) {
            UUID subject = scope.covers(named) || named == null || scopes.getObject().isKnown(named) ? named : ownerOf(named);
            // An id that names nothing is left to the handler, which answers it as unknown (404 or 400), as for anyone.
            if (!scope.covers(subject) && (subject == null || scopes.getObject().isKnown(subject))) {
                return command.getClass().getSimpleName() + " is about " + (subject == null ? "the top of the organisation" : subject)
                        + ", outside the scope of " + sender.getName();
            }
        }
        return null;
    }

    /** The team or person a feature's own record belongs to, or the id itself when no feature owns it. */
    private UUID ownerOf(UUID recordId) {
        return owners.orderedStream().map(o -> o.ownerOf(recordId)).flatMap(Optional::stream).findFirst().orElse(recordId);
    }

    /** Why the sender may not send a command of this type, or null when they may. */
    static String refusal(Class<?> command, Authentication sender) {
        SentBy sentBy = command.getAnnotation(SentBy.class);
        String name = command.getSimpleName();
        if (sentBy == null || sentBy.value().length == 0) {
            return name + " does not say who may send it, so no one may";
        }
        if (sender == null || !sender.isAuthenticated()) {
            return "Sign in to " + name;
        }
        Set<String> held = sender.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (Arrays.stream(sentBy.value()).anyMatch(role -> held.contains("ROLE_" + role.name()))) {
            return null;
        }
        return name + " needs one of the roles " + Arrays.stream(sentBy.value()).map(Role::name).collect(Collectors.joining(", "))
                + "; " + sender.getName() + " has " + rolesOf(held);
    }

    private static String rolesOf(Set<String> authorities) {
        String roles = authorities.stream().filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "no role" : roles;
    }
}
