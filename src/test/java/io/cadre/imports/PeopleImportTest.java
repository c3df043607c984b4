package io.cadre.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** HRIS imports through the REST API into the real database: recognised headers, row reports, re-imports, real data. */
@IntegrationTest
class PeopleImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    private JsonNode importAndWait(String csv, String query) {
        Api api = Api.asAdmin(port);
        Api.Response started = api.postRaw("/api/imports/people" + query, "text/csv", csv).expect(202);
        String id = started.json().get("id").asString();
        assertThat(started.header("Location")).isEqualTo("/api/imports/" + id);
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            String status = api.get("/api/imports/" + id).json().get("status").asString();
            return status.equals("COMPLETED") || status.equals("FAILED");
        });
        return api.get("/api/imports/" + id).expect(200).json();
    }

    private static List<String> messages(JsonNode progress, String kind, int row) {
        List<String> found = new ArrayList<>();
        progress.get(kind).forEach(m -> {
            if (m.get("row").asInt() == row) {
                found.add(m.get("message").asString());
            }
        });
        return found;
    }

    @Test
    void cadresOwnHeadersImportWithEveryRefusalAndAdjustmentReportedByLine() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = String.join("\r\n",
                "Employee Number,Name,Email,Title,Team,Manager Employee Number,Level,Start Date",
                "R-" + tag + ",Rosa Report," + tag + ".rosa@example.com,Engineer,Imported " + tag + ",M-" + tag + ",eng/2,2022-01-10",
                "M-" + tag + ",Max Manager," + tag + ".max@example.com,Engineering Manager,Imported " + tag + ",,eng/m1,2022-06-01",
                "X-" + tag + ",No Email,,Engineer,Imported " + tag + ",,,2022-01-01",
                "L-" + tag + ",\"Lone, Wolf\"," + tag + ".lone@example.com,,,,,2023-02-03") + "\r\n";

        JsonNode progress = importAndWait(csv, "");

        assertThat(progress.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(progress.get("total").asInt()).isEqualTo(4);
        assertThat(progress.get("done").asInt()).isEqualTo(4);
        assertThat(progress.get("failed").asInt()).isEqualTo(1);
        assertThat(messages(progress, "errors", 4)).containsExactly("no email");
        assertThat(messages(progress, "adjustments", 2)).anyMatch(m -> m.contains("team Imported " + tag + " was not in Cadre"))
                .anyMatch(m -> m.contains("only from 2022-06-01"));
        assertThat(messages(progress, "adjustments", 5)).anyMatch(m -> m.contains("no team"))
                .anyMatch(m -> m.contains("no job title"));

        JsonNode rosa = Api.asAdmin(port).get("/api/people?q=R-" + tag).json().get("items").get(0);
        assertThat(rosa.get("name").asString()).isEqualTo("Rosa Report");
        assertThat(rosa.get("startDate").asString()).isEqualTo("2022-01-10");
        JsonNode max = Api.asAdmin(port).get("/api/people?q=M-" + tag).json().get("items").get(0);
        assertThat(rosa.get("managerId").asString()).isEqualTo(max.get("id").asString());
        assertThat(Api.asAdmin(port).get("/api/people?q=" + tag + ".lone").json().get("items").get(0).get("name").asString())
                .isEqualTo("Lone, Wolf");
    }

    @Test
    void theSameFileAgainChangesNothingAndAnEditedFileOnlyWhatChanged() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // No levels: whether a free label is accepted depends on whether another test has published a ladder.
        String header = "employeeNumber,firstName,lastName,email,title,team,managerEmployeeNumber,level,startDate";
        String boss = "B-" + tag + ",Bea,Boss," + tag + ".bea@example.com,Director,Again " + tag + ",,,2021-01-04";
        String line = "W-" + tag + ",Wes,Worker," + tag + ".wes@example.com,Engineer,Again " + tag + ",B-" + tag + ",,2021-03-01";
        importAndWait(String.join("\n", header, boss, line) + "\n", "");
        long afterFirst = EventLog.size(jdbc);

        JsonNode again = importAndWait(String.join("\n", header, boss, line) + "\n", "");
        assertThat(again.get("failed").asInt()).isZero();
        assertThat(EventLog.size(jdbc)).isEqualTo(afterFirst);

        importAndWait(String.join("\n", header, boss, line.replace(",Engineer,", ",Senior Engineer,")) + "\n", "");
        assertThat(EventLog.size(jdbc)).isEqualTo(afterFirst + 1);
        JsonNode wes = Api.asAdmin(port).get("/api/people?q=W-" + tag).json().get("items").get(0);
        assertThat(wes.get("title").asString()).isEqualTo("Senior Engineer");
    }

    @Test
    void aRefusedLineAmongManyIsReportedOnceRecordsNothingAndTheOtherLinesLand() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.asAdmin(port);
        String team = "Grouped " + tag;
        admin.formTeam(team, null, LocalDate.of(2024, 1, 1));
        UUID leavers = admin.formTeam("Leavers " + tag, null, LocalDate.of(2023, 1, 2));
        UUID leaver = admin.post("/api/people", Api.body("employeeNumber", "LOU-" + tag, "name", "Lou Leaver",
                "email", tag + ".lou@leavers.example", "title", "Manager", "teamId", leavers, "startDate", "2023-01-02"))
                .expect(201).id();
        admin.post("/api/people/" + leaver + "/leave", Api.body("kind", "VOLUNTARY", "effectiveDate", "2024-06-01")).expect(200);
        // Sixty newcomers with no manager in the file: one wave, done several lines to a transaction.
        List<String> lines = new ArrayList<>(List.of("employeeNumber,name,email,title,team,managerEmployeeNumber,startDate"));
        for (int line = 2; line <= 61; line++) {
            String start = line == 12 ? "2023-06-01" : line == 40 ? "2024-09-01" : "2024-03-01";
            lines.add(String.join(",", "G" + line + "-" + tag, "Grouped Person " + line, tag + ".g" + line + "@example.com",
                    "Engineer", team, line == 40 ? "LOU-" + tag : "", start));
        }
        String csv = String.join("\n", lines) + "\n";
        long before = EventLog.size(jdbc);

        JsonNode progress = importAndWait(csv, "");

        assertThat(progress.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(progress.get("done").asInt()).isEqualTo(60);
        assertThat(progress.get("failed").asInt()).isEqualTo(1);
        assertThat(progress.get("errors")).hasSize(1);
        assertThat(messages(progress, "errors", 12)).singleElement().asString().contains("only formed on 2024-01-01");
        assertThat(messages(progress, "adjustments", 40)).singleElement().asString().startsWith("hired without a manager");
        List<String> adjustments = new ArrayList<>();
        progress.get("adjustments").forEach(a -> adjustments.add(a.get("row").asInt() + " " + a.get("message").asString()));
        assertThat(adjustments).doesNotHaveDuplicates();
        // The refused line left nothing behind; every other line hired its person exactly once.
        assertThat(count("select count(*) from person_data where email = ?", tag + ".g12@example.com")).isZero();
        assertThat(count("select count(*) from rule_employee_number where employee_number = ?", "G12-" + tag)).isZero();
        assertThat(count("select count(*) from domain_event_entry where convert_from(payload, 'UTF8') like ?", "%G12-" + tag + "%"))
                .isZero();
        assertThat(count("select count(*) from person_data where email like ?", tag + ".g%@example.com")).isEqualTo(59);
        assertThat(count("select count(*) from domain_event_entry where payload_type like '%PersonHired'"
                + " and convert_from(payload, 'UTF8') like ?", "%\"G%-" + tag + "\"%")).isEqualTo(59);
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 59);
        for (int line : List.of(2, 13, 40, 61)) {
            assertThat(jdbc.queryForObject("select convert_from(meta_data, 'UTF8') from domain_event_entry"
                    + " where convert_from(payload, 'UTF8') like ?", String.class, "%\"G" + line + "-" + tag + "\"%"))
                    .contains("line " + line + "\"");
        }
        JsonNode reporter = Api.asAdmin(port).get("/api/people?q=G40-" + tag).json().get("items").get(0);
        assertThat(reporter.get("managerId").isNull()).isTrue();
        assertThat(Api.asAdmin(port).get("/api/people?q=G61-" + tag).json().get("items")).hasSize(1);

        JsonNode again = importAndWait(csv, "");
        assertThat(EventLog.size(jdbc)).isEqualTo(before + 59);
        assertThat(messages(again, "errors", 12)).singleElement().asString().contains("only formed on 2024-01-01");
        assertThat(count("select count(*) from person_data where email like ?", tag + ".g%@example.com")).isEqualTo(59);
    }

    private long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    @Test
    void theUsualHeadersOfHrisExportsAreRecognised() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = "Employee #,First Name,Last Name,Work Email,Job Title,Department,Reports To,Hire Date\n"
                + "H1-" + tag + ",Hana,Head," + tag + ".hana@example.com,VP Engineering,HRIS " + tag + ",,2020-05-01\n"
                + "H2-" + tag + ",Ian,Ic," + tag + ".ian@example.com,Engineer,HRIS " + tag + ",H1-" + tag + ",2020-07-01\n";
        JsonNode progress = importAndWait(csv, "");
        assertThat(progress.get("failed").asInt()).isZero();
        JsonNode ian = Api.asAdmin(port).get("/api/people?q=H2-" + tag).json().get("items").get(0);
        JsonNode hana = Api.asAdmin(port).get("/api/people?q=H1-" + tag).json().get("items").get(0);
        assertThat(ian.get("title").asString()).isEqualTo("Engineer");
        assertThat(ian.get("managerId").asString()).isEqualTo(hana.get("id").asString());
    }

    @Test
    void aFileWithoutUsableHeadersIsRefusedAtOnceAndRecordsNothing() {
        long before = EventLog.size(jdbc);
        Api.Response refused = Api.asAdmin(port).postRaw("/api/imports/people", "text/csv", "colour,size\nred,big\n").expect(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("name column", "email column", "start date column");
        Api.asAdmin(port).postRaw("/api/imports/people", "text/csv", "").expect(400);
        Api.asAdmin(port).postRaw("/api/imports/people?emailDomain=not%20a%20domain", "text/csv", "name,email,startDate\n").expect(400);
        Api.asAdmin(port).get("/api/imports/" + UUID.randomUUID()).expect(404);
        assertThat(EventLog.size(jdbc)).isEqualTo(before);
    }

    @Test
    void theOracleHrSampleImportsWithItsQuirksReported() throws IOException {
        Path data = Path.of("..", "shared", "data", "oracle-hr-schema", "derived-csv");
        Map<String, String> departments = column(data.resolve("departments.csv"), 0, 1);
        Map<String, String> jobs = column(data.resolve("jobs.csv"), 0, 1);
        List<String> employees = Files.readAllLines(data.resolve("employees.csv"));
        // An HRIS export names departments and jobs; the sample keeps them in their own tables.
        StringBuilder csv = new StringBuilder("Employee ID,First Name,Last Name,Email,Hire Date,Job Title,Manager ID,Department\n");
        for (String line : employees.subList(1, employees.size())) {
            String[] f = line.split(",", -1);
            csv.append(String.join(",", f[0], f[1], f[2], f[3], f[5], jobs.get(f[6]), f[9],
                    f[10].isEmpty() ? "" : "HR sample " + departments.get(f[10]))).append('\n');
        }

        JsonNode progress = importAndWait(csv.toString(), "?emailDomain=hr-sample.example");

        assertThat(progress.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(progress.get("total").asInt()).isEqualTo(107);
        assertThat(progress.get("done").asInt()).isEqualTo(107);
        assertThat(progress.get("failed").asInt()).isZero();
        List<String> adjustments = new ArrayList<>();
        progress.get("adjustments").forEach(a -> adjustments.add(a.get("row").asInt() + ": " + a.get("message").asString()));
        assertThat(adjustments).anyMatch(a -> a.contains("completed as sking@hr-sample.example"))
                .anyMatch(a -> a.contains("the manager's start date"))
                .anyMatch(a -> a.contains("no team: placed in Unassigned"));
        JsonNode king = Api.asAdmin(port).get("/api/people?q=sking@hr-sample.example").json().get("items").get(0);
        assertThat(king.get("managerId").isNull()).isTrue();
        assertThat(king.get("title").asString()).isEqualTo("President");

        // The sample's job history, as back-dated changes.
        List<String> history = Files.readAllLines(data.resolve("job_history.csv"));
        StringBuilder jobsCsv = new StringBuilder("Employee ID,Start Date,End Date,Job Title,Department\n");
        for (String line : history.subList(1, history.size())) {
            String[] f = line.split(",", -1);
            jobsCsv.append(String.join(",", f[0], f[1], f[2], jobs.get(f[3]), "HR sample " + departments.get(f[4]))).append('\n');
        }
        Api.Response started = Api.asAdmin(port).postRaw("/api/imports/job-history", "text/csv", jobsCsv.toString()).expect(202);
        String historyImport = started.json().get("id").asString();
        await().atMost(Duration.ofSeconds(60)).until(() -> Api.asAdmin(port).get("/api/imports/" + historyImport).json()
                .get("status").asString().equals("COMPLETED"));
        JsonNode report = Api.asAdmin(port).get("/api/imports/" + historyImport).json();
        assertThat(report.get("done").asInt()).isEqualTo(10);
        List<String> notes = new ArrayList<>();
        report.get("adjustments").forEach(a -> notes.add(a.get("message").asString()));
        assertThat(notes).anyMatch(n -> n.contains("not recorded")).anyMatch(n -> n.contains("recorded from 2013-09-17"));
        String taylor = Api.asAdmin(port).get("/api/people?q=jtaylor@hr-sample.example").json().get("items").get(0)
                .get("id").asString();
        assertThat(titleOn(taylor, "2016-06-01")).isEqualTo("Sales Representative");
        assertThat(titleOn(taylor, "2017-06-01")).isEqualTo("Sales Manager");
        assertThat(titleOn(taylor, "2018-06-01")).isEqualTo("Sales Representative");
    }

    private String titleOn(String personId, String date) {
        for (JsonNode person : Api.asAdmin(port).get("/api/org-chart?asOf=" + date).json().get("people")) {
            if (person.get("id").asString().equals(personId)) {
                return person.get("title").asString();
            }
        }
        throw new AssertionError(personId + " is not in the chart on " + date);
    }

    private static Map<String, String> column(Path file, int key, int value) throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] f = line.split(",", -1);
            map.put(f[key], f[value]);
        }
        return map;
    }
}
