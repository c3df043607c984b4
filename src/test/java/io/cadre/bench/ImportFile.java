package io.cadre.bench;

import java.time.LocalDate;

/**
 * An HRIS export of {@code size} people with Cadre's own headers: a reporting tree with spans of seven, departments of
 * about forty people, and start dates over three years in which every manager starts before their reports.
 */
final class ImportFile {

    static final int SPAN = 7;
    static final int DEPARTMENT = 40;
    private static final String[] LEVELS = {"engineering/junior", "engineering/mid", "engineering/senior-1", "engineering/staff"};

    private ImportFile() {
    }

    static String people(int size, LocalDate today) {
        StringBuilder csv = new StringBuilder(size * 120);
        csv.append("employeeNumber,name,email,title,team,managerEmployeeNumber,level,startDate\n");
        LocalDate first = today.minusYears(3);
        for (int i = 0; i < size; i++) {
            String manager = i == 0 ? "" : "IMP-" + ((i - 1) / SPAN);
            csv.append("IMP-").append(i).append(",Imported Person ").append(i).append(",imported.").append(i)
                    .append("@example.com,").append(i % SPAN == 1 ? "Engineering Manager" : "Software Engineer")
                    .append(",Department ").append(i / DEPARTMENT).append(',').append(manager).append(',')
                    .append(LEVELS[i % LEVELS.length]).append(',').append(first.plusDays(i * 1000L / size)).append('\n');
        }
        return csv.toString();
    }
}
