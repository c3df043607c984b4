package io.cadre.imports.service;

import java.time.LocalDate;

/** One person as a line of an HRIS export says, after its columns were recognised and its values read. */
record ImportRow(int line, String employeeNumber, String name, String email, String title, String team,
                 String managerEmployeeNumber, String managerEmail, String level, LocalDate startDate) {
}
