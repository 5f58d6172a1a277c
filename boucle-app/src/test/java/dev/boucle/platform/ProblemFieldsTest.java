package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each way a request can be unreadable is answered with problem+json naming the field at fault, in the caller's language. */
class ProblemFieldsTest extends BoucleIntegrationTest {

    @Test
    void aMalformedDateNamesItsFieldAndTheExpectedForm() {
        long user = person("INTERVIEWER").id();
        Api.Response r = admin().post("/api/v1/interviewers/" + user + "/blocks",
                "{\"start\": \"2027-13-45T09:00:00Z\", \"end\": \"2027-03-09T10:00:00Z\"}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("errors").propertyNames()).containsExactly("start");
        assertThat(r.json().get("errors").get("start").asString()).contains("ISO 8601");

        Api.Response french = admin().sendWithLanguage("POST", "/api/v1/interviewers/" + user + "/blocks",
                "{\"start\": \"demain\"}", "fr");
        assertThat(french.json().get("errors").get("start").asString()).contains("date et une heure");
        assertThat(admin().get("/api/v1/interviewers/" + user + "/profile").status()).isEqualTo(200);
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        Api.Response r = admin().send("PUT", "/api/v1/applications/" + apply(createCandidate("Avail"), createJob("software-engineer", null))
                + "/candidate-availability", "application/json", "{\"zone\": \"Europe/Paris\", \"slots\": [{\"start\": 12, \"end\": []}]}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").propertyNames()).singleElement().asString().startsWith("slots[0].");
    }

    @Test
    void aBodyThatIsNotJsonIsBlamedOnTheBody() {
        Api.Response r = admin().post("/api/v1/candidates", "{\"name\": ");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").propertyNames()).containsExactly("body");
    }

    @Test
    void theNulCharacterIsRefusedWhereItComesInNotAtTheInsert() {
        Api.Response body = admin().post("/api/v1/candidates", Map.of("name", "Nul\u0000Name", "email", unique("nul") + "@example.com"));
        assertThat(body.status()).isEqualTo(400);
        assertThat(body.json().get("errors").get("name").asString()).contains("NUL");

        Api.Response query = admin().get("/api/v1/candidates?q=%00");
        assertThat(query.status()).isEqualTo(400);
        assertThat(query.json().get("errors").propertyNames()).containsExactly("q");
    }

    @Test
    void anAddressTomcatOrTheFirewallRefusesStillGetsProblemJson() {
        for (String path : new String[] {"/api/v1/questions/%00", "/api/v1/problems/a%2Fb", "/api/v1/problems/%2500"}) {
            Api.Response r = admin().get(path);
            assertThat(r.status()).as(path).isEqualTo(400);
            assertThat(r.contentType()).as(path).startsWith("application/problem+json");
            assertThat(r.json().get("errors").propertyNames()).as(path).containsExactly("path");
        }
    }

    @Test
    void aMissingRequiredParameterIsNamed() {
        Api.Response r = admin().get("/api/v1/comp/net");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").isObject()).isTrue();
        assertThat(r.json().get("errors").isEmpty()).isFalse();
    }
}
