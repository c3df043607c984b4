package io.cadre.shared;

/** What a user may do in Cadre; the README's role matrix says which calls and views each role reaches. */
public enum Role {
    ADMIN, HR, DIRECTOR, MANAGER, EMPLOYEE;

    /** The roles that may change the organisation: form and change teams, hire and change people (and ladders). */
    public static final String[] ORG_EDITORS = {"ADMIN", "HR", "DIRECTOR"};

    /** The roles that may correct and erase a person's name and email. */
    public static final String[] PERSONAL_DATA_KEEPERS = {"ADMIN", "HR"};

    /** The roles that may see pay, such as the salary bands of ladder levels. */
    public static final String[] PAY_READERS = {"ADMIN", "HR"};
}
