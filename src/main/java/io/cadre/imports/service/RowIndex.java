package io.cadre.imports.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The file's rows by employee number and by email, so that naming a manager costs a lookup, not a scan. */
final class RowIndex {

    private final Map<String, ImportRow> byNumber = new HashMap<>();
    private final Map<String, ImportRow> byEmail = new HashMap<>();

    RowIndex(List<ImportRow> rows) {
        for (ImportRow row : rows) {
            if (row.employeeNumber() != null) {
                byNumber.putIfAbsent(row.employeeNumber(), row);
            }
            if (row.email() != null) {
                byEmail.putIfAbsent(row.email().toLowerCase(Locale.ROOT), row);
            }
        }
    }

    /** The row of the manager a row names, if the file has them (and they are not the row itself). */
    ImportRow managerOf(ImportRow row) {
        ImportRow manager = null;
        if (row.managerEmployeeNumber() != null) {
            manager = byNumber.get(row.managerEmployeeNumber());
        }
        if (manager == null && row.managerEmail() != null) {
            manager = byEmail.get(row.managerEmail().toLowerCase(Locale.ROOT));
        }
        return manager == row ? null : manager;
    }
}
