package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Corrections (GDPR Art. 16) by staff and by the candidate, and the candidate's own export (Art. 15). */
class RectificationTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("a recruiter's correction is applied and logged by field, a bad one changes nothing and names the field")
    void byStaff() {
        long candidate = createCandidate("Ada Lovelac");
        Person recruiter = person("RECRUITER");
        Api.Response fixed = recruiter.api().send("PATCH", "/api/v1/candidates/" + candidate, "application/json",
                "{\"name\": \"Ada Lovelace\", \"location\": \"London\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(fixed.json().get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(fixed.json().get("location").asString()).isEqualTo("London");
        JsonNode audit = admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("reason").asString()).isEqualTo("RECTIFICATION");
            assertThat(e.get("actor").asLong()).isEqualTo(recruiter.id());
        });
        assertThat(audit.toString()).as("the log names no value").doesNotContain("Lovelace").doesNotContain("London");

        Api.Response bad = recruiter.api().send("PATCH", "/api/v1/candidates/" + candidate, "application/json",
                "{\"name\": \"Ada B.\", \"email\": \"not an address\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").has("email")).isTrue();
        assertThat(admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("name").asString()).isEqualTo("Ada Lovelace");

        String taken = admin().get("/api/v1/candidates/" + createCandidate("Someone Else")).json().get("candidate").get("email").asString();
        Api.Response clash = recruiter.api().send("PATCH", "/api/v1/candidates/" + candidate, "application/json",
                "{\"email\": \"" + taken.toUpperCase() + "\"}");
        assertThat(clash.status()).isEqualTo(400);
        assertThat(clash.json().get("errors").get("email").asString()).contains("already exists");
    }

    @Test
    @DisplayName("the candidate corrects their details from the portal, sees field errors in the form, and downloads their data")
    void bySelf() {
        long candidate = createCandidate("Grace Hoper");
        long app = apply(candidate, createJob("software-engineer", null));
        Api portal = signedIn(app);

        Api.Response fixed = portal.json("PUT", "/api/v1/portal/profile", "{\"name\": \"Grace Hopper\", \"phone\": \"+1 212 555 0100\"}");
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
        assertThat(admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("phone").asString()).isEqualTo("+1 212 555 0100");
        assertThat(admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items")).anySatisfy(e -> {
            assertThat(e.get("reason").asString()).isEqualTo("RECTIFICATION");
            assertThat(e.get("actor").isNull()).as("the candidate themselves").isTrue();
        });

        Api.Response form = portal.form("/portal/profile", Map.of("name", "Grace Hopper", "email", "grace@", "phone", "", "location", ""));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("data-testid=\"profile-error-email\"").contains("value=\"grace@\"");
        assertThat(admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("phone").asString())
                .as("a refused form changes nothing").isEqualTo("+1 212 555 0100");

        Api.Response json = portal.get("/api/v1/portal/export");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Disposition")).contains("attachment");
        assertThat(json.json().get("sections").get("profile").get("candidate").get("name").asString()).isEqualTo("Grace Hopper");
        assertThat(json.json().get("sections").has("mail")).isTrue();
        Api.Response pdf = portal.get("/portal/export?format=pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items"))
                .anySatisfy(e -> assertThat(e.get("action").asString()).isEqualTo("EXPORT"));
    }

    @Test
    @DisplayName("staff export a candidate as JSON and as a readable PDF in the reader's language")
    void staffExport() {
        long candidate = createCandidate("Émilie du Châtelet");
        apply(candidate, createJob("software-engineer", null));
        Api.Response json = admin().get("/api/v1/candidates/" + candidate + "/export");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("sections").get("profile").get("applications")).hasSize(1);
        assertThat(json.json().get("sections").get("privacy").get("lawfulBases")).isNotEmpty();
        Api.Response pdf = admin().sendWithLanguage("GET", "/api/v1/candidates/" + candidate + "/export?format=pdf", "", "fr");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF");
        assertThat(admin().get("/api/v1/candidates/" + candidate + "/export?format=xml").status()).isEqualTo(400);
        Person interviewer = person("INTERVIEWER");
        assertThat(interviewer.api().get("/api/v1/candidates/" + candidate + "/export").status()).isEqualTo(403);
    }

    private Api signedIn(long application) {
        String url = admin().post("/api/v1/applications/" + application + "/portal-link", Map.of()).json().get("url").asString();
        Api portal = Api.visitor(port);
        assertThat(portal.get(url.substring(url.indexOf("/portal/"))).status()).isEqualTo(302);
        return portal;
    }
}
