package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No personal data in the application's logs: a candidate with markers in every field goes through
 * intake, moves, a refused request, the portal (link, page, withdrawal) and the e-mails those
 * send, and no line Boucle logs meanwhile holds a marker. (The test's own mail server, GreenMail,
 * logs the addresses it receives for; its lines are not Boucle's and are left out.)
 */
@ExtendWith(OutputCaptureExtension.class)
class LogsHoldNoPersonalDataTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("a whole candidate flow logs no name, e-mail, phone, location or reason of the candidate's")
    void noMarkersInTheLog(CapturedOutput output) {
        String tag = unique("qz").replace("-", "");
        String email = "mk" + tag + "@example.com";
        List<String> markers = List.of("Marqueur" + tag, email, "+33 6 12 " + tag.length() + " 98 76", "Locmarker" + tag, "Reasonmarker" + tag);
        Api.Response created = admin().post("/api/v1/candidates", Map.of("name", markers.get(0) + " Quetzal", "email", email,
                "phone", markers.get(2), "location", markers.get(3), "source", "referral"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long candidate = created.json().get("id").asLong();
        long app = apply(candidate, createJob("software-engineer", null));
        assertThat(move(app, "advance", null).status()).isEqualTo(200);
        assertThat(move(app, "hold", markers.get(4)).status()).isEqualTo(200);
        // A refused request carrying the markers is refused without echoing them into the log.
        assertThat(admin().post("/api/v1/candidates", Map.of("name", markers.get(0), "email", email)).status()).isIn(400, 409);
        assertThat(admin().post("/api/v1/applications/" + app + "/transitions", Map.of("action", "reject")).status()).isEqualTo(400);
        assertThat(move(app, "resume", null).status()).isEqualTo(200);

        String link = admin().post("/api/v1/applications/" + app + "/portal-link", Map.of()).json().get("url").asString();
        Api candidateClient = Api.visitor(port);
        assertThat(candidateClient.get(link.substring(link.indexOf("/portal/"))).status()).isEqualTo(302);
        assertThat(candidateClient.get("/api/v1/portal/me").body()).contains(markers.get(0));
        assertThat(candidateClient.json("POST", "/api/v1/portal/applications/" + app + "/withdraw",
                "{\"reason\": \"" + markers.get(4) + " again\"}").status()).isEqualTo(200);
        assertThat(mailTo(email, 1)).isNotEmpty(); // the link's e-mail went out through the outbox

        // The capture sees this flow's log: the test's mail server logged the address it received for.
        assertThat(output.getAll().lines().filter(l -> l.contains("c.icegreen.greenmail"))).anyMatch(l -> l.contains(email));
        List<String> boucleLines = output.getAll().lines().filter(l -> !l.contains("c.icegreen.greenmail")).toList();
        for (String marker : markers) {
            assertThat(boucleLines).as("log lines holding " + marker).noneMatch(l -> l.contains(marker));
        }
    }
}
