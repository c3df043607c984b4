package io.cadre.org.ui;

import io.cadre.org.api.PersonDetails;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The People view's rows as CSV (RFC 4180, ISO dates), with the names of teams and managers beside their ids. */
final class PeopleCsv {

    private PeopleCsv() {
    }

    static String write(List<PersonDetails> people, OrgDirectory directory) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("id", "employeeNumber", "name", "email",
                "title", "teamId", "team", "managerId", "manager", "level", "startDate", "status", "leftOn").get())) {
            for (PersonDetails p : people) {
                csv.printRecord(p.id(), p.employeeNumber(), p.name(), p.email(), p.title(), p.teamId(),
                        directory.teamName(p.teamId()), p.managerId(), directory.personName(p.managerId()), p.level(),
                        p.startDate(), p.status(), p.leftOn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
