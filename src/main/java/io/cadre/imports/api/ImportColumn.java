package io.cadre.imports.api;

import java.util.Set;

/** A column Cadre reads from an HRIS export of people, with the header names that mean it. */
public enum ImportColumn {
    EMPLOYEE_NUMBER("Employee number", "employeenumber", "employee#", "employeeno", "employeeid", "empid", "workerid",
            "personnelnumber"),
    NAME("Name", "name", "fullname", "employeename"),
    FIRST_NAME("First name", "firstname", "givenname", "legalfirstname"),
    LAST_NAME("Last name", "lastname", "surname", "familyname", "legallastname"),
    EMAIL("Email", "email", "workemail", "emailaddress", "workemailaddress", "businessemail"),
    TITLE("Title", "title", "jobtitle", "position", "positiontitle"),
    TEAM("Team", "team", "teamname", "department", "departmentname", "dept"),
    MANAGER_NUMBER("Manager's employee number", "manageremployeenumber", "managerid", "manageremployeeid", "reportsto",
            "supervisorid", "managernumber"),
    MANAGER_EMAIL("Manager's email", "manageremail", "supervisoremail", "reportstoemail"),
    LEVEL("Level", "level", "joblevel", "grade", "careerlevel"),
    START_DATE("Start date", "startdate", "hiredate", "dateofhire", "originalhiredate", "joiningdate"),
    END_DATE("End date", "enddate", "todate", "until");

    private final String label;
    private final Set<String> headers;

    ImportColumn(String label, String... headers) {
        this.label = label;
        this.headers = Set.of(headers);
    }

    public String label() {
        return label;
    }

    /** Whether a header, once lower-cased and stripped of spaces, '_' and '-', names this column. */
    public boolean recognises(String normalisedHeader) {
        return headers.contains(normalisedHeader);
    }
}
