package dev.boucle.pad;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.boucle.Chromium;
import dev.boucle.SecondNode;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A live coding round in two browser contexts (Debian's chromium through Playwright): the
 * interviewer's room and the candidate's pad, served by a node of their own that is restarted in
 * the middle of the session, on one PostgreSQL with the shared test application (whose judge
 * workers run the code, so the verdict also crosses nodes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PadBrowserTest extends PadTestSupport {

    static final LocatorAssertions.ContainsTextOptions WITHIN_A_SECOND = new LocatorAssertions.ContainsTextOptions().setTimeout(1000);

    @Autowired
    DataSource dataSource;

    Chromium chromium;
    Browser browser;
    ConfigurableApplicationContext node;
    int nodePort = SecondNode.freePort();

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
        node = startNode();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
        if (node != null) node.close();
    }

    ConfigurableApplicationContext startNode() {
        return SecondNode.start(dataSource, nodePort, "boucle.assistant.url=" + CHAT.url(), "boucle.assistant.key=" + ASSISTANT_KEY);
    }

    String at(String path) {
        return "http://localhost:" + nodePort + path;
    }

    @Test
    @DisplayName("the interviewer watches the candidate type, paste, run and ask the assistant; a restart loses nothing; playback replays it")
    void liveRound() {
        LiveRound r = liveRound("CALIBRATED");

        BrowserContext staffContext = browser.newContext();
        Page staff = staffContext.newPage();
        staff.navigate(at("/login"));
        staff.locator("input[name=username]").fill(r.interviewer().email());
        staff.locator("input[name=password]").fill(PASSWORD);
        staff.locator("form.stack button[type=submit]").click();
        staff.navigate(at("/interviews/" + r.round() + "/pad"));
        Page candidate = browser.newContext().newPage();
        candidate.navigate(at(r.candidatePath()));
        for (Page p : new Page[] {staff, candidate}) assertThat(p.locator("[data-status]")).hasAttribute("data-state", "live");
        assertThat(candidate.locator("[data-testid=ai-policy]")).containsText("boilerplate and look-ups only");
        assertThat(staff.locator("[data-testid=editor] .cm-content")).containsText("longestCalmStretch");

        // The candidate types; the interviewer sees it within a second.
        Locator typing = candidate.locator("[data-testid=editor] .cm-content");
        typing.click();
        candidate.keyboard().press("Control+End");
        candidate.keyboard().type("\n# first idea: two deques");
        assertThat(staff.locator("[data-testid=editor] .cm-content")).containsText("first idea: two deques", WITHIN_A_SECOND);
        assertThat(staff.locator(".remote-cursor.c-candidate")).hasCount(1);

        // A paste under CALIBRATED reaches the interviewer's timeline.
        candidate.evaluate("""
                () => { const data = new DataTransfer(); data.setData('text/plain', '# pasted: from collections import deque');
                  document.querySelector('[data-testid=editor]').shadowRoot.querySelector('.cm-content')
                    .dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true})); }""");
        assertThat(staff.locator("[data-timeline] li[data-kind=PASTE]")).containsText("paste of 39 characters");
        assertThat(staff.locator("[data-testid=editor] .cm-content")).containsText("pasted: from collections import deque");

        // The candidate runs the samples: both see the verdict.
        candidate.locator("[data-testid=run]").click();
        for (Page p : new Page[] {staff, candidate}) {
            assertThat(p.locator("[data-testid=runs] li[data-verdict]")).containsText("samples",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        }

        // The assistant answers through the local endpoint; the exchange is kept with the round.
        candidate.locator("[data-testid=assistant] textarea[name=prompt]").fill("How do I pop from the left of a deque?");
        candidate.locator("[data-testid=assistant] button[type=submit]").click();
        assertThat(candidate.locator("[data-testid=exchanges]")).containsText("Fake answer to: How do I pop from the left");
        assertThat(staff.locator("[data-timeline] li[data-kind=ASSIST_ANSWER]")).hasCount(1);
        shot(staff, "pad-staff");
        shot(candidate, "pad-candidate");

        // The app restarts. The candidate keeps typing while it is down; the edit is sent once it is back.
        node.close();
        assertThat(candidate.locator("[data-status]")).hasAttribute("data-state", "offline");
        typing.click();
        candidate.keyboard().press("Control+End");
        candidate.keyboard().type("\n# typed while offline");
        node = startNode();
        assertThat(candidate.locator("[data-status]")).hasAttribute("data-state", "live",
                new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
        assertThat(staff.locator("[data-testid=editor] .cm-content")).containsText("typed while offline",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        staff.reload();
        Locator doc = staff.locator("[data-testid=editor] .cm-content");
        assertThat(doc).containsText("first idea: two deques");
        assertThat(doc).containsText("typed while offline");
        assertThat(staff.locator("[data-timeline] li[data-kind=PASTE]")).hasCount(1);
        assertThat(staff.locator("[data-timeline] li[data-kind=VERDICT]")).hasCount(1);
        assertThat(document(r).get("text").asString()).contains("typed while offline");

        // Playback: the start shows the starter code alone, the end the latest text; Play runs to the end.
        Locator playback = staff.locator("[data-testid=playback]");
        assertThat(playback).hasAttribute("data-events", Pattern.compile("[1-9][0-9]*"));
        Locator scrub = playback.locator("[data-testid=scrub]");
        scrub.fill("1");
        assertThat(playback.locator("[data-testid=playback-editor] .cm-content")).containsText("longestCalmStretch");
        assertThat(playback.locator("[data-testid=playback-editor] .cm-content")).not().containsText("first idea");
        playback.locator("select[data-speed]").selectOption("64");
        playback.locator("[data-testid=play]").click();
        String total = playback.getAttribute("data-events");
        assertThat(playback.locator("[data-testid=playback-at]")).containsText("(" + total + "/" + total + ")",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        assertThat(playback.locator("[data-testid=playback-editor] .cm-content")).containsText("typed while offline");
        shot(staff, "pad-playback");

        // The interviewer's notes stay on the staff side.
        assertThat(candidate.content()).doesNotContain("data-testid=\"notes\"");
        staffContext.close();
        candidate.context().close();
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
    }
}
