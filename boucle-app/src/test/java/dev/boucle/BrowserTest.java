package dev.boucle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A recruiter in a real browser (Debian's chromium driven by Playwright): signs in, opens a
 * board, advances a candidate with htmx, then switches Boucle to French.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest extends BoucleIntegrationTest {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("BOUCLE_CHROMIUM", "/usr/bin/chromium"));
    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Debian's chromium is needed at " + CHROMIUM + ": apt-get install chromium (.ci/run does)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @Test
    @DisplayName("a recruiter signs in, advances a candidate on the board, and reads the board in French")
    void recruiterAdvancesACandidateThenSwitchesToFrench() {
        Person recruiter = person("RECRUITER");
        long job = createJob("software-engineer", null);
        long candidate = createCandidate("Amélie Browser");
        long application = apply(candidate, job);

        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/jobs/" + job);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        page.locator("input[name=username]").fill(recruiter.email());
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form.stack button[type=submit]").click();

        Locator screen = page.locator(".column[data-stage=RECRUITER_SCREEN]");
        Locator manager = page.locator(".column[data-stage=HIRING_MANAGER]");
        assertThat(screen.locator(".card[data-application='" + application + "']")).isVisible();
        assertThat(screen.locator("h2")).containsText("Recruiter screen");

        shot(page, "board-en");
        screen.locator(".card[data-application='" + application + "'] button[data-testid=advance]").click();
        assertThat(manager.locator(".card[data-application='" + application + "']")).isVisible();
        assertThat(screen.locator(".card[data-application='" + application + "']")).hasCount(0);
        assertThat(application(application).get("stage").asString()).isEqualTo("HIRING_MANAGER");

        page.locator("[data-testid=switch-language]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator(".column[data-stage=HIRING_MANAGER] h2")).containsText("Manager recruteur");
        assertThat(page.locator("header nav")).containsText("Postes");
        assertThat(page.locator(".card[data-application='" + application + "'] button[data-testid=advance]"))
                .hasText("Faire avancer");

        shot(page, "board-fr");
        // The choice sticks: the candidate page is in French too, with a French timeline.
        page.locator(".card[data-application='" + application + "'] a.name").click();
        assertThat(page.locator("[data-testid=timeline]")).containsText("Avancée");
        assertThat(page.content()).doesNotContain("stage.").doesNotContain("event.");
        shot(page, "candidate-fr");
    }

    /** Screenshots for people reviewing a change; nothing asserts on them. */
    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
