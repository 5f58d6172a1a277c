package dev.boucle;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
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

    Chromium chromium;
    Browser browser;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
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

    @Test
    @DisplayName("an interviewer scores a round in the kit, then the committee decides in the final review")
    void fromKitToDecision() {
        Person interviewer = person("INTERVIEWER");
        Person committee = person("COMMITTEE");
        long job = createJob("software-engineer", null);
        long application = apply(createCandidate("Bérénice Kit"), job);
        move(application, "advance", null);
        move(application, "advance", null);
        long round = -1;
        for (var i : admin().get("/api/v1/applications/" + application + "/interviews").json()) {
            if (i.get("stage").asString().equals("PHONE_SCREEN")) round = i.get("id").asLong();
        }
        String question = admin().get("/api/v1/questions?roundType=ALGORITHMIC_CODING").json().get(0).get("question").get("id").asString();
        admin().send("PUT", "/api/v1/interviews/" + round, "application/json",
                "{\"interviewers\": [" + interviewer.id() + "], \"questionId\": \"" + question + "\", \"aiPolicy\": \"CALIBRATED\"}");

        Page page = signIn(interviewer.email());
        page.navigate("http://localhost:" + port + "/interviews/" + round + "/kit");
        assertThat(page.locator("[data-testid=ai-policy]")).containsText("AI for boilerplate and look-ups only");
        assertThat(page.locator("h3").first()).isVisible();
        page.locator("textarea.notes").fill("Started with brute force, then a heap.");
        page.waitForResponse(r -> r.url().endsWith("/notes") && r.status() == 204, () -> page.locator("textarea.notes").press("End"));
        page.reload();
        assertThat(page.locator("textarea.notes")).hasValue("Started with brute force, then a heap.");

        Locator form = page.locator("[data-testid=scorecard-form]");
        for (Locator fieldset : form.locator("fieldset").all()) {
            fieldset.locator("input[type=radio][value='3']").check();
            fieldset.locator("textarea").fill("Clear reasoning, tested edge cases.");
        }
        form.locator("select[name=recommendation]").selectOption("YES");
        shot(page, "kit-en");
        form.locator("button[type=submit]").click();
        assertThat(page.locator(".notice")).containsText("Scorecard saved");
        assertThat(application(application).get("rounds").get(2).get("status").asString()).isEqualTo("DONE");
        page.context().close();

        for (int i = 0; i < 2; i++) {
            completeOpenRounds(application);
            move(application, "advance", null);
        }
        assertThat(application(application).get("stage").asString()).isEqualTo("FINAL_REVIEW");
        Page review = signIn(committee.email());
        review.navigate("http://localhost:" + port + "/applications/" + application + "/review");
        assertThat(review.locator("[data-testid=scores]")).containsText("Test INTERVIEWER");
        Locator decision = review.locator("[data-testid=decision-form]");
        decision.locator("select[name=decision]").selectOption("NO_HIRE");
        decision.locator("input[name=rationale]").fill("Not enough depth on systems");
        shot(review, "review-en");
        decision.locator("button[type=submit]").click();
        assertThat(review.locator("[data-testid=decisions]")).containsText("Not enough depth on systems");
        assertThat(application(application).get("status").asString()).isEqualTo("REJECTED");
        review.context().close();
    }

    @Test
    @DisplayName("an interviewer opens the pad from the kit; the candidate codes on it and sees samples, not hidden tests")
    void codingPad() {
        Person interviewer = person("INTERVIEWER");
        long application = apply(createCandidate("Candide Pad"), createJob("software-engineer", null));
        move(application, "advance", null);
        move(application, "advance", null);
        long round = -1;
        for (var i : admin().get("/api/v1/applications/" + application + "/interviews").json()) {
            if (i.get("roundType").asString().equals("ALGORITHMIC_CODING")) round = i.get("id").asLong();
        }
        admin().send("PUT", "/api/v1/interviews/" + round, "application/json", "{\"interviewers\": [" + interviewer.id() + "]}");

        Page kit = signIn(interviewer.email());
        kit.navigate("http://localhost:" + port + "/interviews/" + round + "/kit");
        Locator panel = kit.locator("[data-testid=coding-panel]");
        panel.locator("select[name=problemId]").selectOption("calm-stretch");
        panel.locator("[data-testid=open-pad] button").click();
        String link = kit.locator("[data-testid=pad-link]").getAttribute("href");

        Page pad = browser.newContext().newPage();
        pad.navigate("http://localhost:" + port + link);
        assertThat(pad.locator("article.statement h1")).hasText("Calm stretch");
        Locator editor = pad.locator("[data-testid=editor] .cm-content");
        assertThat(editor).containsText("def longestCalmStretch");
        // An untouched starter follows the language; the switch is on the timeline.
        pad.locator("select[data-language]").selectOption("java");
        assertThat(editor).containsText("public int longestCalmStretch");
        pad.locator("select[data-language]").selectOption("python");
        assertThat(editor).containsText("def longestCalmStretch");
        editor.click();
        pad.keyboard().press("Control+A");
        pad.keyboard().press("Delete");
        // The editor indents after a colon by itself: type each line from its start.
        for (String line : new String[] {"class Solution:", "def longestCalmStretch(self, temps, k):", "return min(len(temps), 4)"}) {
            pad.keyboard().type(line);
            pad.keyboard().press("Enter");
        }
        assertThat(editor).containsText("return min(len(temps), 4)");
        pad.locator("[data-testid=run]").click();
        Locator run = pad.locator("[data-testid=runs] li[data-verdict]");
        assertThat(run).hasAttribute("data-verdict", "WA", new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        run.locator("button").click();
        assertThat(pad.locator("[data-testid=pad-verdict]")).hasText("WA");
        assertThat(pad.locator("[data-testid=hidden-summary]")).containsText("hidden tests passed");
        shot(pad, "pad-en");
        pad.context().close();

        kit.reload();
        assertThat(kit.locator("[data-testid=submission-verdict]").first()).hasText("WA");
        kit.context().close();
    }

    Page signIn(String email) {
        return chromium.signIn(port, email, PASSWORD);
    }

    @Test
    @DisplayName("a hiring manager opens the offer waiting for them, reads the net in every office, and approves it")
    void managerApprovesAnOfferAfterTheComparison() {
        Person manager = person("HIRING_MANAGER");
        long offer = dev.boucle.offers.OfferFixtures.pendingOffer(admin(), createJob("software-engineer", manager.id()));
        Page page = signIn(manager.email());
        page.navigate("http://localhost:" + port + "/offers/" + offer + "?household=couple&children=2");
        assertThat(page.locator("[data-testid=offer-state]")).hasText("Waiting for approval");
        assertThat(page.locator("[data-testid=comparison-table] tbody tr")).hasCount(4);
        assertThat(page.locator("[data-testid=comparison] svg.chart rect").first()).isVisible();
        assertThat(page.locator("[data-testid=comparison-table] tr[data-office=london]")).containsText("GBP");
        shot(page, "offer-en");
        page.locator("[data-testid=approval-form] textarea[name=reason]").fill("Worth it against the competing offer");
        page.locator("[data-testid=approve]").click();
        assertThat(page.locator("[data-testid=approvals]")).containsText("Worth it against the competing offer");
        assertThat(page.locator("[data-testid=approval-form]")).hasCount(0);
        page.locator("[data-testid=switch-language]").click();
        assertThat(page.locator("[data-testid=comparison] h2")).hasText("Net dans chaque bureau");
        assertThat(page.locator("[data-testid=offer-state]")).hasText("En attente d’approbation");
        page.context().close();
    }

    /** Screenshots for people reviewing a change; nothing asserts on them. */
    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
