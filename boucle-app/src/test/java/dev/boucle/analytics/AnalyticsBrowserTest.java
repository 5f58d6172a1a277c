package dev.boucle.analytics;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A recruiter reads the analytics page in a real browser, filters it, reads it in French and downloads a CSV. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsBrowserTest extends BoucleIntegrationTest {

    Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    @DisplayName("a recruiter filters the funnel by job, sees its chart and table, switches to French and downloads the CSV")
    void recruiterReadsTheFunnel() throws Exception {
        long job = createJob("software-engineer", null);
        List<Long> apps = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long app = apply(createCandidate("Browser Analytics " + i), job);
            apps.add(app);
            if (i < 5) move(app, "advance", "Good");
            if (i < 2) move(app, "advance", "Good");
        }
        waitForFacts(job);
        // One interview planned yesterday, so the load section has a row to show.
        Person interviewer = person("INTERVIEWER");
        long first = apps.getLast();
        long round = application(first).get("rounds").get(0).get("id").asLong();
        admin().send("PUT", "/api/v1/interviews/" + round, "application/json", "{\"interviewers\": [" + interviewer.id()
                + "], \"start\": \"" + java.time.Instant.now().minus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS)
                + "\", \"minutes\": 45}");
        String interviewerName = admin().get("/api/v1/users/" + interviewer.id()).json().get("name").asString();
        Person recruiter = person("RECRUITER");
        Page page = chromium.signIn(port, recruiter.email(), PASSWORD);
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) cspViolations.add(m.text()); });

        page.locator("header nav a[href='/analytics']").click();
        assertThat(page.locator("h1")).hasText("Analytics");
        page.locator("select[name=jobId]").selectOption(String.valueOf(job));
        page.locator("[data-testid=analytics-apply]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*jobId=" + job + ".*"));

        assertThat(page.locator("[data-testid=funnel-chart]")).isVisible();
        assertThat(page.locator("[data-testid=funnel-chart] title")).hasText("Funnel and time in stage");
        assertThat(page.locator("[data-testid=table-funnel] tbody tr").first()).containsText("Recruiter screen");
        assertThat(page.locator("[data-testid=table-funnel] tbody tr").first().locator("td").nth(1)).hasText("6");
        assertThat(page.locator("[data-testid=table-funnel] tbody tr").nth(1).locator("td").nth(1)).hasText("5");
        assertThat(page.locator("[data-testid=note-funnel]")).containsText("fewer than 5");
        // The panel's sections follow, each a chart or a note, a table and its CSV.
        for (String section : List.of("load", "latency", "questions", "calibration", "verdicts")) {
            assertThat(page.locator("[data-testid=report-" + section + "]")).isVisible();
            assertThat(page.locator("[data-testid=csv-" + section + "]")).isVisible();
        }
        assertThat(page.locator("[data-testid=report-load] h2")).hasText("Interviewer load per week");
        assertThat(page.locator("[data-testid=table-load] thead")).containsText("Weekly cap");
        assertThat(page.locator("[data-testid=table-load] tbody")).containsText(interviewerName);
        BrowserShots.shot(page, "analytics-en");

        page.locator("[data-testid=switch-language]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("header nav")).containsText("Statistiques");
        assertThat(page.locator("[data-testid=report-funnel] h2")).hasText("Entonnoir et temps par étape");
        assertThat(page.locator("[data-testid=table-funnel] tbody tr").nth(2)).containsText("masqué");
        assertThat(page.locator("[data-testid=report-load] h2")).hasText("Charge des intervieweurs par semaine");
        assertThat(page.locator("[data-testid=report-verdicts] h2")).hasText("Verdicts du juge par problème");
        assertThat(page.content()).doesNotContain("analytics.");
        BrowserShots.shot(page, "analytics-fr");

        Download download = page.waitForDownload(() -> page.locator("[data-testid=csv-funnel]").click());
        String csv = Files.readString(download.path());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv)).getRecords();
        assertThat(rows.get(0).get("stage")).isEqualTo("RECRUITER_SCREEN");
        assertThat(rows.get(0).get("entered")).isEqualTo("6");
        assertThat(rows.get(1).get("entered")).isEqualTo("5");
        Download load = page.waitForDownload(() -> page.locator("[data-testid=csv-load]").click());
        List<CSVRecord> weeks = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(Files.readString(load.path()))).getRecords();
        assertThat(weeks).anySatisfy(w -> {
            assertThat(w.get("interviewer")).isEqualTo(interviewerName);
            assertThat(w.get("interviews")).isEqualTo("1");
        });

        page.locator("input[name=from]").fill("2026-05-02");
        page.locator("input[name=to]").fill("2026-05-01");
        page.locator("[data-testid=analytics-apply]").click();
        assertThat(page.locator("[data-testid=error-from]")).hasText("Le début est après la fin.");
        assertThat(page.locator("[data-testid=report-funnel]")).hasCount(0);
        assertThat(cspViolations).isEmpty();
    }

    private void waitForFacts(long job) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        Api.Response r = admin().get("/api/v1/analytics/funnel?jobId=" + job);
        while (!(r.json().get("applications").asLong() == 6 && r.json().get("stages").get(1).get("entered").asLong() == 5)
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = admin().get("/api/v1/analytics/funnel?jobId=" + job);
        }
        assertThat(r.json().get("stages").get(1).get("entered").asLong()).isEqualTo(5);
    }

    /** Screenshots beside BrowserTest's, for a person to look at. */
    static final class BrowserShots {
        static void shot(Page page, String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
        }
    }
}
