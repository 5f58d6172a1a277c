package dev.boucle.scheduling;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.boucle.Chromium;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** The plan page in a real browser (Debian's chromium driven by Playwright), as dev.boucle.BrowserTest does for other pages. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPageBrowserTest extends SchedulingTestSupport {

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
    @DisplayName("a recruiter enters the candidate's availability, plans the loop, watches the plan arrive and publishes it")
    void planAndPublish() {
        for (int i = 0; i < 7; i++) interviewer(ONSITE);
        long app = atOnsite();
        Person recruiter = person("RECRUITER");

        Page page = chromium.signIn(port, recruiter.email(), PASSWORD);
        page.navigate("http://localhost:" + port + "/applications/" + app + "/schedule");

        LocalDate monday = LocalDate.now(ZoneId.of("Europe/Paris")).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);
        StringBuilder slots = new StringBuilder();
        for (int d = 0; d < 3; d++) slots.append(monday.plusDays(d)).append("T09:00 ").append(monday.plusDays(d)).append("T18:00\n");
        Locator availability = page.locator("[data-testid=availability-form]");
        availability.locator("input[name=zone]").fill("Europe/Paris");
        availability.locator("textarea[name=slots]").fill(slots.toString());
        availability.locator("button[type=submit]").click();
        assertThat(page.locator(".notice")).containsText("Availability saved");

        page.locator("[data-testid=solve-form] button[type=submit]").click();
        // The run's panel shows at once and polls (htmx) until the solver is done; it may already be done.
        Locator run = page.locator("[data-testid=schedule]");
        assertThat(run).isVisible();
        assertThat(run).hasAttribute("data-status", "DONE", new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(run.locator("[data-testid=resolve-form] tbody tr")).hasCount(ONSITE.size());

        run.locator("[data-testid=publish-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=schedule]")).hasAttribute("data-status", "PUBLISHED");
        assertThat(page.locator("[data-testid=published] tbody tr")).hasCount(ONSITE.size());

        for (JsonNode i : admin().get("/api/v1/applications/" + app + "/interviews").json()) {
            if (!i.get("stage").asString().equals("ONSITE_LOOP")) continue;
            assertThat(i.get("startsAt").isNull()).as("round %s has a start", i.get("id")).isFalse();
            assertThat(java.time.Instant.parse(i.get("startsAt").asString()).atZone(ZoneId.of("Europe/Paris")).toLocalDate())
                    .isBetween(monday, monday.plusDays(2));
        }
    }
}
