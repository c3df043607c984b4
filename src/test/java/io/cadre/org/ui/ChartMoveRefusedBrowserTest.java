package io.cadre.org.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Api.body;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Locator;
import io.cadre.access.service.UserAccounts;
import io.cadre.org.api.ChangeManager;
import io.cadre.platform.gateway.Commands;
import io.cadre.shared.NotAllowed;
import io.cadre.shared.Role;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.EventLog;
import io.cadre.support.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * An employee who makes the org chart ask for a move, as a drag would, by firing its {@code move-requested}
 * event from the page: the view refuses without a dialog, the save that dialog would make is refused by the
 * server for the same user, the API refuses too, and the event store holds nothing new.
 */
@IntegrationTest
class ChartMoveRefusedBrowserTest extends BrowserTest {

    private static final String PASSWORD = "refused-password-1";
    private static final LocalDate FOUNDED = LocalDate.of(2025, 1, 2);

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    Commands commands;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void anEmployeeWhoFiresAMoveFromThePageIsRefusedAndNothingIsRecorded() {
        Api admin = Api.asAdmin(port);
        UUID team = admin.formTeam("Refusal " + suffix, null, FOUNDED);
        UUID lead = admin.hire("Rhea Lead " + suffix, team, null, FOUNDED);
        UUID peer = admin.hire("Pim Peer " + suffix, team, lead, FOUNDED);
        UUID employee = admin.hire("Emil Employee " + suffix, team, lead, FOUNDED);
        String username = "employee-" + suffix;
        assertThat(users.create(username, PASSWORD, Set.of(Role.EMPLOYEE), employee)).isTrue();

        signIn(port, username, PASSWORD);
        page.navigate("/org-chart");
        Locator chart = page.locator("#org-chart");
        assertThat(chart).hasAttribute("nodes-shown", Pattern.compile("[1-9]\\d*"));
        long eventsBefore = EventLog.size(jdbc);

        // What a drag of Emil onto Pim would send, had the chart let an employee drag.
        page.evaluate("([subjectId, targetId]) => document.querySelector('#org-chart').dispatchEvent(new CustomEvent("
                + "'move-requested', {detail: {subjectId, targetId}, bubbles: true, composed: true}))",
                List.of(employee.toString(), peer.toString()));
        Locator refusal = page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Not allowed"));
        assertThat(refusal).isVisible();
        assertThat(refusal).containsText(Pattern.compile("may read the org chart but not move people"));
        assertThat(page.locator("#move-summary")).hasCount(0);
        assertThat(page.locator("#save")).hasCount(0);
        screenshot(page, "chart-10-employee-move-refused");

        // The dialog's save, sent for the same user as the server knows them: the command bus refuses it.
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            assertThatThrownBy(() -> commands.send(new ChangeManager(employee, peer, LocalDate.now(), null), employee,
                    "Dragged onto Pim"))
                    .isInstanceOf(NotAllowed.class)
                    .hasMessageContaining("ChangeManager needs one of the roles ADMIN, HR, DIRECTOR; " + username + " has EMPLOYEE");
        } finally {
            SecurityContextHolder.clearContext();
        }
        Api.as(port, username, PASSWORD).post("/api/people/" + employee + "/manager", body("managerId", peer))
                .expectProblem(403);

        assertThat(EventLog.size(jdbc)).isEqualTo(eventsBefore);
        assertThat(admin.get("/api/people/" + employee).expect(200).json().get("managerId").asString()).isEqualTo(lead.toString());
    }
}
