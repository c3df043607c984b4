package io.cadre.imports.service;

import io.cadre.org.api.PersonDetails;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The people hired from the file so far, and the manager each row names: one of them, else one already in Cadre. */
final class Managers {

    private final RowIndex file;
    private final KnownPeople known;
    private final ImportLines lines;
    private final Map<Integer, UUID> hired = new ConcurrentHashMap<>();

    Managers(RowIndex file, KnownPeople known, ImportLines lines) {
        this.file = file;
        this.known = known;
        this.lines = lines;
    }

    void hired(ImportRow row, UUID person) {
        hired.put(row.line(), person);
    }

    /** The person the row hired, or null if it hired no one. */
    UUID hiredBy(ImportRow row) {
        return hired.get(row.line());
    }

    /** The manager the row names, or null when it names none or one neither in the file nor in Cadre (said on its line). */
    Manager of(ImportRow row) {
        if (row.managerEmployeeNumber() == null && row.managerEmail() == null) {
            return null;
        }
        ImportRow inFile = file.managerOf(row);
        if (inFile != null && hired.containsKey(inFile.line())) {
            return new Manager(hired.get(inFile.line()), inFile.startDate());
        }
        Optional<PersonDetails> person = known.find(row.managerEmployeeNumber(), row.managerEmail());
        if (person.isEmpty()) {
            lines.adjust(row.line(), "manager " + Objects.requireNonNullElse(row.managerEmployeeNumber(), row.managerEmail())
                    + " is neither in the file nor in Cadre: no manager recorded");
            return null;
        }
        return new Manager(person.get().id(), person.get().startDate());
    }

    /** A manager by id, with the date from which they can have reports. */
    record Manager(UUID id, LocalDate start) {
    }
}
