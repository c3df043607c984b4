package io.cadre.support;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A test that works in Cadre's real UI through Chromium: one browser per test class, and a fresh signed-in
 * session per test, closed after it.
 */
public abstract class BrowserTest {

    private static Browser browser;

    /** The page of the session the test signed in with. */
    protected Page page;

    @BeforeEach
    void launchBrowser() {
        // Launched by the first test rather than in @BeforeAll: a skip for want of Chromium (outside CI)
        // then shows on every test in the report, where a class-level skip would vanish from Surefire's.
        if (browser == null) {
            browser = Browser.launch();
        }
    }

    @AfterEach
    void closeSession() {
        if (page != null) {
            page.context().close();
            page = null;
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** Signs in on the sign-in page, as a person does, and keeps the page for the test. */
    protected Page signIn(int port, String username, String password) {
        page = browser.signIn(port, username, password);
        return page;
    }

    /** Opens the sign-in page in a fresh session, for a test of the sign-in itself, and keeps the page for the test. */
    protected Page signInPage(int port) {
        page = browser.signInPage(port);
        return page;
    }
}
