package io.cadre.platform.security;

/** What a user may do in Cadre; the README's role matrix says which calls and views each role reaches. */
public enum Role {
    ADMIN, HR, DIRECTOR, MANAGER, EMPLOYEE;

    /** The roles that may change the organisation: form and change teams, hire and change people. */
    public static final String[] ORG_EDITORS = {"ADMIN", "HR", "DIRECTOR"};
}
