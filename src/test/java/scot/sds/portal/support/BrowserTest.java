package scot.sds.portal.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real browser (Debian's Chromium, driven by Playwright) against the whole portal: one browser
 * per test class, one fresh browser context per test with its language pinned, and a screenshot under
 * {@code target/playwright-failures/} when a test fails. Every wait is an assertion; nothing sleeps.
 */
@PortalTest
@ExtendWith(ScreenshotOnFailure.class)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    private int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium is not at " + CHROMIUM
                    + ": run the README's test command, which installs it, or set CHROMIUM");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openContext() {
        context = browserWithoutCookies();
        page = context.newPage();
    }

    /** A new browser context, as a new device would be: no cookies, the test's language. */
    protected BrowserContext browserWithoutCookies() {
        BrowserContext newContext = browser.newContext(new Browser.NewContextOptions()
                .setLocale(browserLocale())
                .setViewportSize(1280, 900));
        newContext.setDefaultTimeout(15_000);
        return newContext;
    }

    @AfterEach
    void closeContext() {
        context.close();
    }

    /** The browser's language for each test; the portal's first choice when nothing else says otherwise. */
    protected String browserLocale() {
        return "en-GB";
    }

    /** Opens a page of the portal and waits until Vaadin has rendered it. */
    protected Page open(String path) {
        return open(page, path);
    }

    /** Opens a page of the portal in another browser tab or context, such as a second person's. */
    protected Page open(Page target, String path) {
        target.navigate(url(path));
        Vaadin.waitUntilIdle(target);
        return target;
    }

    /**
     * Creates an account through the create-account page and waits for "Your account".
     *
     * @param whoFor which of the page's "who is this account for" choices: 0 person, 1 carer, 2 advocate
     */
    protected void createAccount(Page target, String name, String email, String password, int whoFor) {
        open(target, "create-account");
        target.locator("#create-account-name input").fill(name);
        target.locator("#create-account-email input").fill(email);
        target.locator("#create-account-password input").fill(password);
        target.locator("#create-account-role vaadin-radio-button").nth(whoFor).click();
        target.locator("main vaadin-button[theme~='primary']").click();
        target.waitForURL("**/your-account");
        Vaadin.waitUntilIdle(target);
    }

    /** Signs in through the sign-in page, as on a new device, and waits for "Your account". */
    protected void signIn(Page target, String email, String password) {
        open(target, "sign-in");
        target.locator("#sign-in-email input").fill(email);
        target.locator("#sign-in-password input").fill(password);
        target.locator("#sign-in-password input").press("Enter");
        target.waitForURL("**/your-account");
        Vaadin.waitUntilIdle(target);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + "/" + path;
    }

    Page page() {
        return page;
    }
}
