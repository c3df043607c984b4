package io.cadre.imports.process;

import java.time.LocalDate;

/** One person as a line of an HRIS export says, after its columns were recognised and its values read. */
record ImportRow(int line, String employeeNumber, String name, String email, String title, String team,
                 String managerEmployeeNumber, String managerEmail, String level, LocalDate startDate) {

    /** The key the file's other lines use to name this person as their manager. */
    boolean isNamedBy(String managerNumber, String managerMail) {
        return (managerNumber != null && managerNumber.equals(employeeNumber))
                || (managerMail != null && email != null && managerMail.equalsIgnoreCase(email));
    }
}
