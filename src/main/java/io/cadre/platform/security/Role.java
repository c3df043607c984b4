package io.cadre.platform.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** What a user may do in Cadre; the README's role matrix says which calls and views each role reaches. */
public enum Role {
    ADMIN, HR, DIRECTOR, MANAGER, EMPLOYEE;

    /** The roles that may change the organisation: form and change teams, hire and change people (and ladders). */
    public static final String[] ORG_EDITORS = {"ADMIN", "HR", "DIRECTOR"};

    /** The roles that may see pay, such as the salary bands of ladder levels. */
    public static final String[] PAY_READERS = {"ADMIN", "HR"};

    /** Whether the user signed in for this request or UI session has one of the roles. */
    public static boolean signedInAs(String... roles) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        Set<String> wanted = Arrays.stream(roles).map(role -> "ROLE_" + role).collect(Collectors.toSet());
        return authentication.getAuthorities().stream().anyMatch(a -> wanted.contains(a.getAuthority()));
    }
}
