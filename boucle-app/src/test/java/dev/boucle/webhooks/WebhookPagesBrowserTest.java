package dev.boucle.webhooks;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.Chromium;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The admins' webhooks page in a real browser (Debian's chromium via Playwright), against a real
 * receiver on 127.0.0.1 (the tests' unsafe-allow-loopback setting lets it through): subscribe
 * through the form, see the secret once, follow a delivery into the log, rotate, replay, pause,
 * resume and delete, in French at the end; a recruiter is refused the page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPagesBrowserTest extends BoucleIntegrationTest {

    private static final Pattern SECRET = Pattern.compile("whsec_[A-Za-z0-9+/=]+");
    Chromium chromium;
    final List<Receiver> receivers = new ArrayList<>();

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::stop);
    }

    @Test
    @DisplayName("an admin subscribes through the form, sees the secret once and a delivery in the log, rotates, replays, pauses, resumes and deletes (in French)")
    void subscribeFollowPauseDelete() {
        Receiver receiver = Receiver.start();
        receivers.add(receiver);
        String url = receiver.url("/browser-hook/" + unique("r"));
        String base = "http://localhost:" + port;
        Page page = chromium.signIn(port, person("ADMIN").email(), PASSWORD);
        List<String> cspViolations = new ArrayList<>();
        page.onConsoleMessage(m -> { if (m.text().contains("Content Security Policy")) cspViolations.add(m.text()); });

        page.navigate(base + "/admin/webhooks?lang=en");
        assertThat(page.locator("h1")).hasText("Webhooks");
        int before = admin().get("/api/v1/webhooks").json().size();

        // Bad input: a scheme the browser's url field accepts but Boucle refuses, and no event ticked.
        Locator form = page.locator("[data-testid=webhook-form]");
        form.locator("input[name=url]").fill("ftp://127.0.0.1/hook");
        form.locator("input[name=description]").fill("kept as typed");
        form.locator("[data-testid=subscribe]").click();
        assertThat(page.locator("[data-testid=error-url]")).hasText("The address must use https.");
        assertThat(page.locator("[data-testid=error-events]")).hasText("Choose at least one event type.");
        assertThat(page.locator("[data-testid=webhook-form] input[name=description]")).hasValue("kept as typed");
        assertThat(admin().get("/api/v1/webhooks").json().size()).isEqualTo(before);

        form = page.locator("[data-testid=webhook-form]");
        form.locator("input[name=url]").fill(url);
        form.locator("input[name=events][value='application.moved']").check();
        form.locator("input[name=description]").fill("from the browser");
        form.locator("[data-testid=subscribe]").click();
        assertThat(page.locator("[data-testid=secret-once]")).containsText("shown this once");
        String secret = page.locator("[data-testid=secret]").textContent().strip();
        assertThat(secret).matches(SECRET);
        long id = endpointAt(url);
        Locator row = page.locator("tr[data-endpoint='" + id + "']");
        assertThat(row).containsText("from the browser");
        assertThat(row.locator("[data-testid=status]")).hasText("Active");
        page.navigate(base + "/admin/webhooks");
        assertThat(page.locator("[data-testid=secret-once]")).hasCount(0);
        assertThat(page.content()).doesNotContain(secret);

        // An application moves through the API: the receiver gets it signed, the log shows it delivered.
        long app = apply(createCandidate("Browser Hook " + unique("c")), createJob("software-engineer", null));
        WebhooksTest.await("the move reaches the receiver", () -> WebhooksTest.about(receiver, app, "application.moved").size() == 1);
        Receiver.Received moved = WebhooksTest.about(receiver, app, "application.moved").getFirst();
        assertThat(Receiver.signedBy(moved, secret)).isTrue();
        WebhooksTest.await("logged as delivered", () -> delivery(id, moved.id(), "DELIVERED") != null);
        page.locator("tr[data-endpoint='" + id + "'] [data-testid=open]").click();
        assertThat(page.locator("h1")).containsText(url);
        Locator delivered = page.locator("[data-testid=deliveries] tr", new Page.LocatorOptions().setHasText(moved.id()));
        assertThat(delivered).hasCount(1);
        assertThat(delivered).containsText("Delivered");
        assertThat(delivered).containsText("204");

        page.locator("[data-testid=rotate]").click();
        assertThat(page.locator("[data-testid=secret-once]")).containsText("The previous one keeps signing alongside");
        String rotated = page.locator("[data-testid=secret]").textContent().strip();
        assertThat(rotated).matches(SECRET).isNotEqualTo(secret);

        page.navigate(base + "/admin/webhooks/" + id);
        page.locator("[data-testid=deliveries] tr", new Page.LocatorOptions().setHasText(moved.id())).locator("[data-testid=replay]").click();
        assertThat(page.locator(".notice")).hasText("Delivery queued again.");
        WebhooksTest.await("the replay reaches the receiver", () -> receiver.withId(moved.id()).size() == 2);
        assertThat(Receiver.signedBy(receiver.withId(moved.id()).get(1), rotated)).isTrue();
        WebhooksTest.await("the replay logged as delivered", () -> countDelivered(id, moved.id()) == 2);
        page.reload();
        assertThat(page.locator("[data-testid=deliveries] tr", new Page.LocatorOptions().setHasText(moved.id()))).hasCount(2);

        // Pause and resume from the list.
        page.locator("text=All endpoints").click();
        row = page.locator("tr[data-endpoint='" + id + "']");
        row.locator("[data-testid=pause]").click();
        assertThat(page.locator("[data-testid=notice]")).containsText("paused");
        assertThat(row.locator("[data-testid=status]")).hasText("Paused");
        assertThat(admin().get("/api/v1/webhooks/" + id).json().get("active").asBoolean()).isFalse();
        row.locator("[data-testid=resume]").click();
        assertThat(page.locator("[data-testid=notice]")).hasText("Endpoint " + url + " resumed.");
        assertThat(row.locator("[data-testid=status]")).hasText("Active");
        assertThat(admin().get("/api/v1/webhooks/" + id).json().get("active").asBoolean()).isTrue();

        // In French: the labels, then delete, which asks first (declined once, then accepted).
        page.locator("[data-testid=switch-language]").click();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.locator("[data-testid=subscribe]")).hasText("Abonner");
        assertThat(row.locator("[data-testid=status]")).hasText("Actif");
        assertThat(row.locator("[data-testid=pause]")).hasText("Mettre en pause");
        assertThat(row.locator("[data-testid=delete]")).hasText("Supprimer");
        assertThat(page.content()).doesNotContain("webhooks.");

        AtomicReference<String> asked = new AtomicReference<>();
        page.onceDialog(d -> { asked.set(d.message()); d.dismiss(); });
        row.locator("[data-testid=delete]").click();
        assertThat(asked.get()).isEqualTo("Supprimer l'adresse " + url + " ? Ses envois et leur journal sont supprimés avec elle.");
        assertThat(row).hasCount(1);
        assertThat(admin().get("/api/v1/webhooks/" + id).status()).isEqualTo(200);

        page.onceDialog(d -> d.accept());
        row.locator("[data-testid=delete]").click();
        assertThat(page.locator("[data-testid=notice]")).hasText("Adresse " + url + " supprimée, avec ses envois.");
        assertThat(row).hasCount(0);
        assertThat(admin().get("/api/v1/webhooks/" + id).status()).isEqualTo(404);
        assertThat(cspViolations).isEmpty();
    }

    @Test
    @DisplayName("a recruiter is refused the webhooks page and has no link to it")
    void recruiterRefused() {
        Page page = chromium.signIn(port, person("RECRUITER").email(), PASSWORD);
        assertThat(page.locator("header nav a[href='/admin/webhooks']")).hasCount(0);
        Response refused = page.navigate("http://localhost:" + port + "/admin/webhooks");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("[data-testid=webhook-form]")).hasCount(0);
    }

    private long endpointAt(String url) {
        for (JsonNode e : admin().get("/api/v1/webhooks").json()) if (e.get("url").asString().equals(url)) return e.get("id").asLong();
        throw new AssertionError("no endpoint at " + url);
    }

    private JsonNode delivery(long endpoint, String msgId, String status) {
        for (JsonNode d : admin().get("/api/v1/webhooks/" + endpoint + "/deliveries").json()) {
            if (d.get("msgId").asString().equals(msgId) && d.get("status").asString().equals(status)) return d;
        }
        return null;
    }

    private long countDelivered(long endpoint, String msgId) {
        long n = 0;
        for (JsonNode d : admin().get("/api/v1/webhooks/" + endpoint + "/deliveries").json()) {
            if (d.get("msgId").asString().equals(msgId) && d.get("status").asString().equals("DELIVERED")) n++;
        }
        return n;
    }
}
