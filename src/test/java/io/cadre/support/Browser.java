package io.cadre.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright, headless, for tests of a person's workflow in Cadre's real UI:
 * launching it, signing in, the Vaadin fields the dialogs use, and a screenshot per step.
 */
public final class Browser implements AutoCloseable {

    /** Where the screenshots of every step are kept, for a person to look at after a run. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");
    // The first request of a run makes Vaadin's dev mode prepare its bundle, and CI machines are slow:
    // generous limits keep the waits honest without flaking; a missing element still fails the test.
    private static final double ACTION_TIMEOUT_MS = 30_000;
    private static final double NAVIGATION_TIMEOUT_MS = 90_000;
    private static final double ASSERTION_TIMEOUT_MS = 15_000;

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    /**
     * Starts a headless Chromium. Without one, the test fails when the environment variable CI is set (CI
     * installs Chromium, so its absence there is a broken build) and is skipped elsewhere.
     */
    public static Browser launch() {
        Path executable = chromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
        // Playwright must use the system Chromium, never download its own browsers (there is no network).
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable).setHeadless(true).setArgs(ARGS)));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** The Chromium to drive: {@code CADRE_CHROMIUM} when set, else {@code chromium} on the PATH. */
    static Path chromium() {
        String configured = System.getenv("CADRE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            return Files.isExecutable(path) ? path
                    : Assertions.fail("CADRE_CHROMIUM is set to " + configured + ", which is not an executable file");
        }
        Optional<Path> onPath = onPath("chromium").or(() -> onPath("chromium-browser"));
        if (onPath.isPresent()) {
            return onPath.get();
        }
        String missing = "No Chromium for the browser tests: install Debian's chromium package (apt-get install chromium) "
                + "or set CADRE_CHROMIUM to a Chromium executable";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            return Assertions.fail(missing + " (CI is set, so the browser tests must run, not be skipped)");
        }
        return Assumptions.abort(missing);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
    }

    /**
     * Opens a fresh browser session (its own cookies), signs in through the login form and waits until
     * the main layout shows the user. Close the page's context when done.
     */
    public Page signIn(int port, String username, String password) {
        Page page = signInPage(port);
        submitSignIn(page, username, password);
        assertThat(page.locator("#signed-in-user")).containsText(username,
                new LocatorAssertions.ContainsTextOptions().setTimeout(NAVIGATION_TIMEOUT_MS));
        return page;
    }

    /** A fresh session on the sign-in page, not signed in yet. */
    public Page signInPage(int port) {
        BrowserContext context = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("en-US")
                .setTimezoneId("UTC")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(ACTION_TIMEOUT_MS);
        context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
        Page page = context.newPage();
        // Tests run Vaadin in dev mode, which shows a notice over the top right corner, where the sign-out
        // button is. A person would close it; so does the test, whenever it shows and is in the way.
        Locator devModeNotice = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Notifications"))
                .filter(new Locator.FilterOptions().setHasText("running in development mode"));
        page.addLocatorHandler(devModeNotice, notice -> notice.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Close")).click());
        page.navigate("/login");
        return page;
    }

    /** Fills in the sign-in form and sends it, as a person does. */
    public static void submitSignIn(Page page, String username, String password) {
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.locator("vaadin-button[slot=submit]").click();
    }

    /** Types into a Vaadin text field, email field or text area by its id. */
    public static void type(Page page, String fieldId, String text) {
        page.locator("#" + fieldId).locator("input, textarea").fill(text);
    }

    /** Picks the item whose label contains {@code label} in a Vaadin combo box, the way a person does. */
    public static void choose(Page page, String fieldId, String label) {
        Locator input = page.locator("#" + fieldId).locator("input");
        input.click();
        input.fill(label);
        // Items of a combo box opened earlier may linger hidden in the DOM: only the visible one is the choice.
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label).setVisible(true))
                .first().click();
        assertThat(input).hasValue(containing(label));
    }

    /**
     * Enters a date in a Vaadin date picker in the format the picker itself shows (which follows the UI's
     * locale), commits it with Enter, and checks the picker took exactly that date.
     */
    public static void pickDate(Page page, String fieldId, LocalDate date) {
        Locator picker = page.locator("#" + fieldId);
        String shown = (String) picker.evaluate("(picker, d) => picker.i18n.formatDate(d)",
                Map.of("year", date.getYear(), "month", date.getMonthValue() - 1, "day", date.getDayOfMonth()));
        Locator input = picker.locator("input");
        input.fill(shown);
        input.press("Enter");
        assertThat(picker).hasJSProperty("value", date.toString());
    }

    /** Matches any text that contains each of {@code parts}, in this order. */
    public static Pattern containing(String... parts) {
        return Pattern.compile(Stream.of(parts).map(Browser::literal).collect(Collectors.joining(".*")));
    }

    /**
     * {@code text} as a regular expression that means itself in Java and in JavaScript alike: Playwright
     * runs a Java Pattern in the browser, where {@link Pattern#quote}'s \Q...\E means something else.
     */
    private static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    /** Keeps a full-page screenshot of the current step under {@code target/screenshots/<step>.png}. */
    public static void screenshot(Page page, String step) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(step + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        try {
            chromium.close();
        } finally {
            playwright.close();
        }
    }
}
