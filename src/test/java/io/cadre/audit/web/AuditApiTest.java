package io.cadre.audit.web;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The audit timeline through the REST API on the real database (product.md §7.3): an entry per change with its summary,
 * before and after, who and why; the filters (person, team with its sub-teams, actor, kind, effective and recorded
 * periods), paging, CSV, and a clear 400 for every bad parameter.
 */
@IntegrationTest
@TestPropertySource(properties = "cadre.test.context=audit")
class AuditApiTest {

    private static final LocalDate FORMED = LocalDate.of(2025, 1, 6);
    private static final LocalDate MOVED = LocalDate.of(2025, 4, 1);

    private static Instant started;
    private static UUID engineering;
    private static UUID checkout;
    private static UUID payments;
    private static UUID alice;
    private static UUID bob;
    private static UUID carol;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    private Api admin;

    @BeforeEach
    void anOrganisationWithAFewChanges() {
        admin = Api.asAdmin(port);
        if (engineering != null) {
            return;
        }
        started = Instant.now();
        String suffix = " " + UUID.randomUUID().toString().substring(0, 6);
        engineering = admin.formTeam("Engineering" + suffix, null, FORMED);
        checkout = admin.formTeam("Checkout" + suffix, engineering, FORMED);
        payments = admin.formTeam("Payments" + suffix, engineering, FORMED);
        bob = admin.hire("Bob Martin", checkout, null, FORMED);
        carol = admin.hire("Carol Jones", payments, null, FORMED);
        alice = admin.hire("Alice Moreau", checkout, bob, FORMED.plusDays(7));
        admin.post("/api/people/" + alice + "/transfer", body("teamId", payments, "effectiveDate", MOVED,
                "reason", "Payments needs a second engineer")).expect(200);
        admin.post("/api/people/" + alice + "/manager", body("managerId", carol, "effectiveDate", MOVED,
                "reason", "Follows her new team")).expect(200);
        admin.post("/api/people/" + alice + "/title", body("title", "Senior Engineer", "effectiveDate", MOVED.plusDays(30)))
                .expect(200);
        awaitEntries("personId=" + alice, 4);
    }

    private JsonNode awaitEntries(String filter, int count) {
        return await("the audit timeline to hold " + count + " entries for " + filter).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> admin.get("/api/audit?" + filter).expect(200).json(), json -> json.get("total").asInt() >= count);
    }

    private static List<String> types(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("type").asString()).toList();
    }

    @Test
    void eachChangeIsOneEntryWithWhoWhenWhyAndWhatItChanged() {
        JsonNode page = admin.get("/api/audit?personId=" + alice).expect(200).json();
        assertThat(types(page)).containsExactly("TITLE_CHANGED", "MANAGER_CHANGED", "PERSON_TRANSFERRED", "PERSON_HIRED");
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
        assertThat(page.get("total").asInt()).isEqualTo(4);

        JsonNode moved = page.get("items").get(2);
        String checkoutName = moved.get("before").get("team").asString();
        String paymentsName = moved.get("after").get("team").asString();
        assertThat(checkoutName).startsWith("Checkout ");
        assertThat(paymentsName).startsWith("Payments ");
        assertThat(moved.get("summary").asString()).isEqualTo("Alice Moreau moved from " + checkoutName + " to " + paymentsName);
        assertThat(moved.get("subject").asString()).isEqualTo("Alice Moreau");
        assertThat(moved.get("subjectId").asString()).isEqualTo(alice.toString());
        assertThat(moved.get("subjectKind").asString()).isEqualTo("PERSON");
        assertThat(moved.get("before").get("teamId").asString()).isEqualTo(checkout.toString());
        assertThat(moved.get("after").get("teamId").asString()).isEqualTo(payments.toString());
        assertThat(moved.get("actor").asString()).isEqualTo("admin");
        assertThat(moved.get("reason").asString()).isEqualTo("Payments needs a second engineer");
        assertThat(moved.get("effectiveDate").asString()).isEqualTo(MOVED.toString());
        assertThat(Instant.parse(moved.get("recordedAt").asString())).isAfterOrEqualTo(started.minusSeconds(1));
        assertThat(moved.get("eventId").asString()).isNotBlank();
        assertThat(moved.get("correlationId").asString()).isNotBlank();
        assertThat(moved.get("causationId").isNull()).isTrue();

        JsonNode manager = page.get("items").get(1);
        assertThat(manager.get("summary").asString()).isEqualTo("Alice Moreau now reports to Carol Jones instead of Bob Martin");
        assertThat(manager.get("before").get("manager").asString()).isEqualTo("Bob Martin");
        assertThat(manager.get("after").get("manager").asString()).isEqualTo("Carol Jones");
        JsonNode title = page.get("items").get(0);
        assertThat(title.get("before").get("title").asString()).isEqualTo("Engineer");
        assertThat(title.get("after").get("title").asString()).isEqualTo("Senior Engineer");
        assertThat(title.get("reason").isNull()).isTrue();
    }

    @Test
    void aTeamFindsItsOwnAndItsSubTeamsChanges() {
        JsonNode whole = awaitEntries("teamId=" + engineering, 9);
        // The three teams formed, three hires, a transfer, a new manager and a new title: all below Engineering.
        assertThat(whole.get("total").asInt()).isEqualTo(9);
        JsonNode checkoutOnly = admin.get("/api/audit?teamId=" + checkout).expect(200).json();
        // Checkout formed, Bob and Alice hired there, Alice moved out of it.
        assertThat(types(checkoutOnly)).containsExactly("PERSON_TRANSFERRED", "PERSON_HIRED", "PERSON_HIRED", "TEAM_FORMED");
        JsonNode paymentsOnly = admin.get("/api/audit?teamId=" + payments).expect(200).json();
        assertThat(types(paymentsOnly)).containsExactly("TITLE_CHANGED", "MANAGER_CHANGED", "PERSON_TRANSFERRED", "PERSON_HIRED",
                "TEAM_FORMED");
    }

    @Test
    void filtersCombineByKindActorAndPeriods() {
        assertThat(types(admin.get("/api/audit?personId=" + alice + "&type=MANAGER_CHANGED,PERSON_TRANSFERRED").expect(200).json()))
                .containsExactly("MANAGER_CHANGED", "PERSON_TRANSFERRED");
        assertThat(admin.get("/api/audit?personId=" + alice + "&actor=admin").expect(200).json().get("total").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/audit?personId=" + alice + "&actor=somebody-else").expect(200).json().get("total").asInt()).isZero();
        assertThat(types(admin.get("/api/audit?personId=" + alice + "&from=" + MOVED + "&to=" + MOVED).expect(200).json()))
                .containsExactly("MANAGER_CHANGED", "PERSON_TRANSFERRED");
        assertThat(types(admin.get("/api/audit?personId=" + alice + "&to=" + FORMED.plusDays(7)).expect(200).json()))
                .containsExactly("PERSON_HIRED");
        assertThat(admin.get("/api/audit?personId=" + alice + "&recordedFrom=" + started.minusSeconds(60)).expect(200).json()
                .get("total").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/audit?personId=" + alice + "&recordedTo=" + started.minusSeconds(60)).expect(200).json()
                .get("total").asInt()).isZero();
        assertThat(admin.get("/api/audit?personId=" + alice + "&recordedFrom=" + LocalDate.now().minusDays(1)).expect(200).json()
                .get("total").asInt()).isEqualTo(4);
        // Bob is named by Alice's hire (her manager) and her new manager (her old one), besides his own hire.
        assertThat(types(admin.get("/api/audit?personId=" + bob).expect(200).json()))
                .containsExactly("MANAGER_CHANGED", "PERSON_HIRED", "PERSON_HIRED");
    }

    @Test
    void aTeamThatMovedCountsUnderTheParentItHadWhenEachChangeWasRecorded() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID top = admin.formTeam("Top " + tag, null, FORMED);
        UUID left = admin.formTeam("Left " + tag, top, FORMED);
        UUID moving = admin.formTeam("Moving " + tag, top, FORMED);
        UUID leaf = admin.formTeam("Leaf " + tag, moving, FORMED);
        UUID early = admin.hire("Early Hire " + tag, leaf, null, FORMED);
        admin.post("/api/teams/" + moving + "/move", body("parentId", left, "effectiveDate", MOVED, "reason", "Reorganisation"))
                .expect(200);
        admin.post("/api/teams/" + left + "/rename", body("name", "Right " + tag, "effectiveDate", MOVED)).expect(200);
        UUID late = admin.hire("Late Hire " + tag, leaf, null, MOVED.plusDays(1));
        awaitEntries("personId=" + late, 1);

        JsonNode moved = admin.get("/api/audit?type=TEAM_MOVED&teamId=" + moving).expect(200).json().get("items").get(0);
        assertThat(moved.get("summary").asString()).isEqualTo("Moving " + tag + " moved from under Top " + tag + " to under Left " + tag);
        assertThat(moved.get("before").get("parent").asString()).isEqualTo("Top " + tag);
        assertThat(moved.get("after").get("parent").asString()).isEqualTo("Left " + tag);
        JsonNode renamed = admin.get("/api/audit?type=TEAM_RENAMED&teamId=" + left).expect(200).json().get("items").get(0);
        assertThat(renamed.get("summary").asString()).isEqualTo("Left " + tag + " was renamed Right " + tag);
        assertThat(renamed.get("subject").asString()).isEqualTo("Left " + tag);

        // The leaf's later hire is under Left (now Right) as well; its earlier one was recorded while the leaf was not.
        List<String> underLeft = admin.get("/api/audit?teamId=" + left).expect(200).json().get("items").valueStream()
                .map(item -> item.get("subjectId").asString()).toList();
        assertThat(underLeft).contains(late.toString(), moving.toString()).doesNotContain(early.toString());
        List<String> underTop = admin.get("/api/audit?teamId=" + top + "&size=200").expect(200).json().get("items").valueStream()
                .map(item -> item.get("subjectId").asString()).toList();
        assertThat(underTop).contains(early.toString(), late.toString(), leaf.toString());
    }

    @Test
    void accountChangesAreInTheTimelineToo() {
        String username = "auditor-" + UUID.randomUUID().toString().substring(0, 6);
        admin.post("/api/users", java.util.Map.of("username", username, "password", "a-long-passphrase-" + UUID.randomUUID(),
                "roles", List.of("HR"), "personId", carol.toString())).expect(201);
        JsonNode created = awaitEntries("personId=" + carol + "&type=USER_CREATED", 1).get("items").get(0);
        assertThat(created.get("summary").asString()).isEqualTo("The user " + username + " was created with the roles HR, as Carol Jones");
        assertThat(created.get("subject").asString()).isEqualTo(username);
        assertThat(created.get("subjectKind").asString()).isEqualTo("USER");
        assertThat(created.get("actor").asString()).isEqualTo("admin");
    }

    @Test
    void pagesAreNewestFirstWithTheTotal() {
        JsonNode first = admin.get("/api/audit?personId=" + alice + "&size=3").expect(200).json();
        JsonNode second = admin.get("/api/audit?personId=" + alice + "&size=3&page=1").expect(200).json();
        assertThat(types(first)).containsExactly("TITLE_CHANGED", "MANAGER_CHANGED", "PERSON_TRANSFERRED");
        assertThat(types(second)).containsExactly("PERSON_HIRED");
        assertThat(second.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("page").asInt()).isEqualTo(1);
        assertThat(second.get("size").asInt()).isEqualTo(3);
    }

    @Test
    void csvHasAHeaderAndOneRowPerEntry() {
        Api.Response csv = admin.get("/api/audit?personId=" + alice + "&format=csv&size=1").expect(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("eventId,recordedAt,effectiveDate,actor,type,subjectKind,subjectId,subject,summary,before,"
                + "after,reason,correlationId,causationId");
        // Every match, whatever the page size: an export.
        assertThat(lines).hasSize(5);
        assertThat(lines.get(3)).contains("PERSON_TRANSFERRED", "Alice Moreau moved from Checkout", "Payments needs a second engineer");
    }

    @Test
    void badParametersAnswer400AndNameTheField() {
        assertField("/api/audit?personId=nope", "personId");
        assertField("/api/audit?teamId=123", "teamId");
        assertField("/api/audit?type=PERSON_EXPLODED", "type");
        assertField("/api/audit?type=PERSON_HIRED,,", "type");
        assertField("/api/audit?from=yesterday", "from");
        assertField("/api/audit?to=2025-02-30", "to");
        assertField("/api/audit?from=2025-05-01&to=2025-04-01", "to");
        assertField("/api/audit?from=0001-01-01", "from");
        assertField("/api/audit?recordedFrom=soon", "recordedFrom");
        assertField("/api/audit?recordedFrom=2025-05-01T00:00:00Z&recordedTo=2025-04-01T00:00:00Z", "recordedTo");
        assertField("/api/audit?page=-1", "page");
        assertField("/api/audit?page=x", "page");
        assertField("/api/audit?size=0", "size");
        assertField("/api/audit?size=201", "size");
        assertField("/api/audit?format=xml", "format");
        assertField("/api/audit?actor=", "actor");
        Api.anonymous(port).get("/api/audit").expect(401);
    }

    private void assertField(String path, String field) {
        JsonNode problem = admin.get(path).expectProblem(400).json();
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).as(path).contains(field);
    }

    /**
     * The rebuild replays in batches that remember what they wrote from one to the next; a team moved with a team below it
     * rewrites the lower team's place in the table and in that memory, and later entries name both of its ancestries.
     */
    @Test
    void aRebuildOfTheAuditGroupAloneGivesTheSameEntries() {
        String suffix = " " + UUID.randomUUID().toString().substring(0, 6);
        UUID platform = admin.formTeam("Platform" + suffix, null, FORMED);
        UUID products = admin.formTeam("Products" + suffix, null, FORMED);
        UUID edge = admin.formTeam("Edge" + suffix, platform, FORMED);
        UUID cache = admin.formTeam("Cache" + suffix, edge, FORMED);
        admin.post("/api/teams/" + edge + "/move", body("parentId", products, "effectiveDate", MOVED)).expect(200);
        admin.hire("Dana Lee", cache, null, MOVED.plusDays(1));
        JsonNode underProducts = awaitEntries("teamId=" + products + "&type=PERSON_HIRED", 1);
        assertThat(underProducts.get("items").get(0).get("summary").asString()).startsWith("Dana Lee joined Cache");
        String rows = "select event_id, position, recorded_at, effective_date, actor, type, subject_kind, subject_id, subject, summary,"
                + " before, after, reason, correlation_id, causation_id, person_ids, team_ids from audit_entry order by position";
        String subjects = "select id, kind, name, attrs, path from audit_subject order by id";
        List<String> before = jdbc.query(rows, (rs, i) -> rowText(rs));
        List<String> subjectsBefore = jdbc.query(subjects, (rs, i) -> rowText(rs));
        assertThat(subjectsBefore).anyMatch(row -> row.startsWith(cache + "|") && row.endsWith("{" + cache + "," + edge + "," + products + "}|"));
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        JsonNode rebuilt = admin.post("/api/admin/projections/rebuild?group=audit", body()).expect(200).json();
        assertThat(rebuilt.toString()).contains("audit");
        List<String> after = jdbc.query(rows, (rs, i) -> rowText(rs));
        List<String> subjectsAfter = jdbc.query(subjects, (rs, i) -> rowText(rs));
        if (jdbc.queryForObject("select count(*) from domain_event_entry", Long.class) == events) {
            assertThat(after).isEqualTo(before);
            assertThat(subjectsAfter).isEqualTo(subjectsBefore);
        } else {
            // Another test of this context recorded changes meanwhile: what was there is still there, as it was.
            assertThat(after).containsAll(before);
        }
        assertThat(after.size()).isEqualTo(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class).intValue());
    }

    private static String rowText(java.sql.ResultSet rs) throws java.sql.SQLException {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
            row.append(rs.getString(c)).append('|');
        }
        return row.toString();
    }
}
