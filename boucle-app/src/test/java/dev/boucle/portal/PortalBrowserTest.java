package dev.boucle.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.boucle.Chromium;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The candidate's side in a real browser (Debian's chromium driven by Playwright): the link
 * arrives by e-mail (GreenMail), the candidate reads their page in French, books an onsite plan,
 * the panel's invitations arrive; a second candidate who had the same plan on screen gets the
 * refusal and fresh plans, and books one of those.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserTest extends PortalTestSupport {

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
    @DisplayName("a candidate opens the e-mailed link, switches to French, books the onsite; a racing candidate gets fresh plans")
    void bookTheOnsite() throws Exception {
        // Five French speakers at one interview a week each: a week one candidate books is gone for the other.
        frenchPanel();
        long candidateA = createCandidate("Chloé Navigateur");
        long first = apply(candidateA, createJob("software-engineer", null));
        long second = atOnsite("Basile Concurrent");
        toOnsite(first);
        inFrench(first);
        inFrench(second);
        String email = admin().get("/api/v1/candidates/" + candidateA).json().get("candidate").get("email").asString();
        sendLink(first);
        String mailed = mailTo(email, 1).getFirst().getContent().toString().lines().filter(l -> l.contains("/portal/"))
                .findFirst().orElseThrow().strip();

        BrowserContext contextA = chromium.browser().newContext();
        Page a = contextA.newPage();
        a.navigate("http://localhost:" + port + path(mailed));
        assertThat(a.locator("[data-testid=portal-home]")).isVisible();
        a.locator("[data-testid=switch-language]").click();
        assertThat(a.locator("html")).hasAttribute("lang", "fr");
        assertThat(a.locator("[data-testid=current-stage]")).hasText("Boucle d’entretiens");
        assertThat(a.locator("[data-testid=stages] li[data-state=DONE]")).hasCount(3);
        assertThat(a.locator("[data-testid=stages] li[data-state=CURRENT]")).containsText("vous en êtes là");
        // A round's AI-tool policy in plain words (the onsite's rounds are listed before they have a time).
        assertThat(a.locator("[data-testid=interview] [data-testid=policy]").first()).containsText("IA");
        assertThat(a.content()).doesNotContain("portal.").doesNotContain("stage.");

        // The second candidate opens their plans page first: the same first plan is on their screen.
        BrowserContext contextB = chromium.browser().newContext();
        Page b = contextB.newPage();
        b.navigate("http://localhost:" + port + path(sendLink(second)));
        b.navigate("http://localhost:" + port + "/portal/applications/" + second + "/plans");
        assertThat(b.locator("[data-testid=plan]").first()).isVisible();

        a.locator("[data-testid=choose-plan]").click();
        assertThat(a.locator("[data-testid=plan]").first()).isVisible();
        int offered = a.locator("[data-testid=plan]").count();
        assertThat(offered).isBetween(2, 5);
        a.locator("[data-testid=plan]").first().locator("[data-testid=book]").click();
        assertThat(a.locator("[data-testid=portal-done]")).containsText("Vos entretiens sont réservés");
        assertThat(a.locator("[data-testid=interview]").first()).not().containsText("pas encore planifié");

        // Each of the five rounds' leads gets an invitation naming the candidate, as a recruiter's publishing sends it.
        Map<Long, String> emails = new java.util.HashMap<>();
        for (var u : admin().get("/api/v1/users").json()) emails.put(u.get("id").asLong(), u.get("email").asString());
        int leads = 0;
        for (var i : admin().get("/api/v1/applications/" + first + "/interviews").json()) {
            if (!i.get("stage").asString().equals("ONSITE_LOOP")) continue;
            String lead = emails.get(i.get("panel").get(0).get("id").asLong());
            assertThat(subjectsTo(lead, s -> s.contains("Chloé Navigateur"))).anyMatch(s -> s.contains("Chloé Navigateur"));
            leads++;
        }
        assertThat(leads).isEqualTo(5);

        b.locator("[data-testid=plan]").first().locator("[data-testid=book]").click();
        assertThat(b.locator("[data-testid=portal-message]")).containsText("Someone else has just booked");
        assertThat(b.locator("[data-testid=plan]").first()).isVisible();
        b.locator("[data-testid=plan]").first().locator("[data-testid=book]").click();
        assertThat(b.locator("[data-testid=portal-done]")).containsText("Your interviews are booked");
        contextA.close();
        contextB.close();
    }

    @Test
    @DisplayName("a candidate practises in the pad's editor: the starter in the chosen language, a run on the judge, its verdict")
    void practise() {
        long app = apply(createCandidate("Pratique Navigateur"), createJob("software-engineer", null));
        BrowserContext context = chromium.browser().newContext();
        Page page = context.newPage();
        page.navigate("http://localhost:" + port + path(sendLink(app)));
        page.locator("header nav a[href='/portal/practice']").click();
        assertThat(page.locator("[data-testid=practice-problem]")).hasCount(5);
        page.locator("a[href='/portal/practice/practice-meeting-rooms']").click();
        assertThat(page.locator("[data-testid=sample-input]").first()).isVisible();
        page.locator("[data-testid=language]").selectOption("python");
        Locator editor = page.locator("[data-testid=editor] .cm-content");
        assertThat(editor).containsText("minRooms");
        page.locator("[data-testid=run]").click();
        // The starter returns nothing useful: the judge's verdict comes back, and it is not a pass.
        Locator result = page.locator("[data-testid=result] p[data-verdict]");
        assertThat(result).containsText("Verdict", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(result).not().hasAttribute("data-verdict", "AC");
        assertThat(page.locator("[data-testid=result]")).containsText("Sample 1");
        page.navigate("http://localhost:" + port + "/portal/practice");
        assertThat(page.locator("[data-testid=attempts] li")).hasCount(1);
        context.close();
    }

    /** Takes an application from its first stage to the onsite loop, as staff do. */
    void toOnsite(long app) {
        move(app, "advance", null);
        move(app, "advance", null);
        completeOpenRounds(app);
        move(app, "advance", null);
    }
}
