package io.cadre.imports.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.cadre.support.Browser.choose;
import static io.cadre.support.Browser.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.support.Api;
import io.cadre.support.BrowserTest;
import io.cadre.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** HR imports an HRIS export in the browser: maps an unknown column, previews, imports, and reads the report. */
@IntegrationTest
class ImportBrowserTest extends BrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void hrMapsAColumnPreviewsAndImportsWithAProgressReport(@TempDir Path dir) throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String username = "import-hr-" + tag;
        users.create(username, "import-password-1", Set.of(Role.HR), null);
        Path file = dir.resolve("hris.csv");
        Files.writeString(file, String.join("\n",
                "Employee #,First Name,Last Name,Work Email,Role Name,Department,Reports To,Hire Date",
                "U1-" + tag + ",Una,Upload,una." + tag + "@example.com,Director,Uploads " + tag + ",,2022-02-01",
                "U2-" + tag + ",Vic,Viewer,vic." + tag + "@example.com,Engineer,Uploads " + tag + ",U1-" + tag + ",2022-03-01",
                "U3-" + tag + ",No,Address,,Engineer,Uploads " + tag + ",U1-" + tag + ",2022-04-01") + "\n");

        signIn(port, username, "import-password-1");
        page.navigate("/imports");
        page.locator("#import-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#import-summary")).containsText("3 lines");
        assertThat(page.locator("#import-problem")).containsText("line 4, no email");
        // "Role Name" is no header Cadre knows: the person says it is the title.
        choose(page, "map-4", "Title");
        assertThat(page.locator("#import-preview")).containsText("Director");
        screenshot(page, "import-01-preview");

        page.locator("#start-import").click();
        assertThat(page.locator("#import-status")).hasText(Pattern.compile("COMPLETED: 3 of 3 lines done, 1 refused.*"),
                new LocatorAssertions.HasTextOptions().setTimeout(60_000));
        assertThat(page.locator("#import-errors")).containsText("no email");
        assertThat(page.locator("#import-adjustments")).containsText("was not in Cadre");
        screenshot(page, "import-02-done");

        var vic = Api.asAdmin(port).get("/api/people?q=U2-" + tag).json().get("items").get(0);
        var una = Api.asAdmin(port).get("/api/people?q=U1-" + tag).json().get("items").get(0);
        assertThat(vic.get("title").asString()).isEqualTo("Engineer");
        assertThat(una.get("title").asString()).isEqualTo("Director");
        assertThat(vic.get("managerId").asString()).isEqualTo(una.get("id").asString());
    }
}
