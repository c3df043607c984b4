package io.cadre.access.service;

import io.cadre.shared.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The least a password must be: 10 to 200 characters, at least two kinds of character (lower case, upper
 * case, digits, others), not the username and not one of the passwords every attacker tries first.
 */
public final class PasswordRule {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Set<String> WELL_KNOWN = Set.of("password1!", "password123", "password12", "qwerty1234",
            "1234567890a", "letmein123", "welcome123", "changeme123", "administrator1", "p@ssw0rd123", "iloveyou12");

    private PasswordRule() {
    }

    /** Adds an error for the field {@code password} when the password is too weak. */
    public static void check(String username, String password, List<FieldError> errors) {
        String problem = problem(username, password);
        if (problem != null) {
            errors.add(new FieldError("password", problem));
        }
    }

    /** What is wrong with the password, or null when it is strong enough. */
    public static String problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return "must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters";
        }
        if (kinds(password) < 2) {
            return "must mix at least two kinds of character: lower case, upper case, digits, others";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return "must not be the username";
        }
        if (WELL_KNOWN.contains(lower)) {
            return "is one of the passwords tried first by attackers";
        }
        return null;
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
