package io.cadre.org.query;

import static io.cadre.support.Api.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.cadre.org.api.CompareOrgCharts;
import io.cadre.org.api.OrgChange;
import io.cadre.org.api.OrgChangeKind;
import io.cadre.org.api.OrgChanges;
import io.cadre.platform.gateway.Queries;
import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Comparing the org chart on two dates, through the real commands, projection and database: every kind of
 * change between the dates is named once, with what it was before and after, and nothing else is.
 */
@IntegrationTest
class OrgComparisonTest {

    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 2);
    private static final LocalDate FROM = LocalDate.of(2025, 2, 1);
    private static final LocalDate TO = LocalDate.of(2025, 7, 1);

    @LocalServerPort
    int port;
    @Autowired
    Queries queries;

    @Test
    void namesJoinersLeaversMovesAndNewAndDissolvedTeams() {
        Api admin = Api.asAdmin(port);
        String s = UUID.randomUUID().toString().substring(0, 6);
        UUID root = admin.formTeam("Root " + s, null, FOUNDED);
        UUID apps = admin.formTeam("Apps " + s, root, FOUNDED);
        UUID data = admin.formTeam("Data " + s, root, FOUNDED);
        UUID spare = admin.formTeam("Spare " + s, root, FOUNDED);
        UUID boss = admin.hire("Boss " + s, apps, null, FOUNDED);
        UUID ann = admin.hire("Ann " + s, apps, boss, FOUNDED);
        UUID bob = admin.hire("Bob " + s, apps, boss, FOUNDED);
        UUID dan = admin.hire("Dan " + s, data, boss, FOUNDED);
        admin.post("/api/people/" + dan + "/leave", body("kind", "VOLUNTARY", "effectiveDate", "2025-03-01")).expect(200);
        UUID cat = admin.hire("Cat " + s, data, boss, LocalDate.of(2025, 4, 1));
        admin.post("/api/people/" + bob + "/transfer", body("teamId", data, "effectiveDate", "2025-04-01")).expect(200);
        admin.post("/api/people/" + ann + "/manager", body("managerId", cat, "effectiveDate", "2025-05-01")).expect(200);
        admin.post("/api/teams/" + data + "/move", body("parentId", apps, "effectiveDate", "2025-05-01")).expect(200);
        admin.post("/api/teams/" + spare + "/dissolve", body("effectiveDate", "2025-05-01")).expect(200);
        UUID mobile = admin.formTeam("Mobile " + s, root, LocalDate.of(2025, 6, 1));

        OrgChanges changes = queries.ask(new CompareOrgCharts(FROM, TO, root), OrgChanges.class);

        assertThat(changes.from()).isEqualTo(FROM);
        assertThat(changes.to()).isEqualTo(TO);
        assertThat(changes.changes()).extracting(OrgChange::kind, OrgChange::subjectId, OrgChange::before, OrgChange::after)
                .containsExactly(
                        tuple(OrgChangeKind.JOINED, cat, null, "Engineer · Data " + s),
                        tuple(OrgChangeKind.LEFT, dan, "Engineer · Data " + s, null),
                        tuple(OrgChangeKind.MANAGER_CHANGED, ann, "Boss " + s, "Cat " + s),
                        tuple(OrgChangeKind.TEAM_CHANGED, bob, "Apps " + s, "Data " + s),
                        tuple(OrgChangeKind.TEAM_FORMED, mobile, null, "Root " + s),
                        tuple(OrgChangeKind.TEAM_DISSOLVED, spare, "Root " + s, null),
                        tuple(OrgChangeKind.TEAM_MOVED, data, "Root " + s, "Apps " + s));
        assertThat(changes.changes()).extracting(OrgChange::name).contains("Cat " + s, "Mobile " + s);

        assertThat(queries.ask(new CompareOrgCharts(TO, TO, root), OrgChanges.class).changes()).isEmpty();
        // Backwards in time, the same facts read the other way round.
        assertThat(queries.ask(new CompareOrgCharts(TO, FROM, root), OrgChanges.class).changes())
                .extracting(OrgChange::kind, OrgChange::subjectId)
                .contains(tuple(OrgChangeKind.JOINED, dan), tuple(OrgChangeKind.LEFT, cat),
                        tuple(OrgChangeKind.TEAM_FORMED, spare), tuple(OrgChangeKind.TEAM_DISSOLVED, mobile));
    }
}
