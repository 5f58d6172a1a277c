package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The deployer's AI Act duties (Art. 4, 26(2), 26(7), 26(11)), declared by an admin through the
 * API and the settings page, checked field by field, and reflected in the compliance summary,
 * its page and its export.
 */
class DeployerDutiesTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("an unknown overseer or a future date is a 400 naming the field and changes nothing; valid duties show in the summary")
    void declared() {
        Person overseer = person("HIRING_MANAGER");
        JsonNode before = admin().get("/api/v1/compliance/deployer-duties").json();
        String today = LocalDate.now().toString();
        Map<String, Object> bad = new HashMap<>(Map.of("overseers", List.of(overseer.id(), 987654321L), "trainedOn", "2999-01-01",
                "representativesInformedOn", "not a date", "candidatesInformed", true));
        Api.Response refused = admin().send("PUT", "/api/v1/compliance/deployer-duties", "application/json", json(bad));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").propertyNames()).contains("overseers", "trainedOn", "representativesInformedOn");
        assertThat(admin().get("/api/v1/compliance/deployer-duties").json()).isEqualTo(before);
        assertThat(person("RECRUITER").api().send("PUT", "/api/v1/compliance/deployer-duties", "application/json", "{}").status())
                .isEqualTo(403);

        Map<String, Object> good = Map.of("overseers", List.of(overseer.id()), "trainedOn", today, "representativesInformedOn", today,
                "candidatesInformed", true);
        Api.Response saved = admin().send("PUT", "/api/v1/compliance/deployer-duties", "application/json", json(good));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.json().get("missing")).isEmpty();
        assertThat(saved.json().get("duties").get("noticeVersion").asInt()).isEqualTo(AiNotice.VERSION);

        JsonNode summary = admin().get("/api/v1/compliance").json();
        assertThat(summary.get("deployerDuties").get("overseers").get(0).asLong()).isEqualTo(overseer.id());
        assertThat(summary.get("deployerDuties").get("trainedOn").asString()).isEqualTo(today);
        assertThat(summary.get("missingDuties")).isEmpty();
        assertThat(summary.get("computations").propertyNames()).contains("JUDGE_VERDICT", "CALIBRATED_SCORE", "SCHEDULE_SUGGESTION");
        assertThat(summary.get("oversight").has("share")).isTrue();
        assertThat(summary.get("explanations").has("overdue")).isTrue();
        assertThat(summary.get("computationsKeptMonths").asInt()).isEqualTo(24);
        assertThat(summary.get("offices").get(0).has("allowed")).isTrue();

        Api.Response export = admin().get("/api/v1/compliance/export");
        assertThat(export.header("Content-Disposition")).startsWith("attachment").contains("boucle-compliance-");
        assertThat(export.json().get("generatedAt").asString()).isNotBlank();
        assertThat(export.json().get("summary").get("deployerDuties").get("overseers").get(0).asLong()).isEqualTo(overseer.id());

        // A duty taken back shows as missing again.
        admin().send("PUT", "/api/v1/compliance/deployer-duties", "application/json", json(Map.of("overseers", List.of(overseer.id()),
                "trainedOn", today, "candidatesInformed", false)));
        assertThat(admin().get("/api/v1/compliance").json().get("missingDuties").valueStream().map(JsonNode::asString))
                .containsExactly("REPRESENTATIVES", "CANDIDATES");
    }

    @Test
    @DisplayName("the admin's pages: the summary with its sections, and the duties form that shows each field's error in French")
    void pages() {
        Person admin = personSpeaking("fr", "ADMIN");
        Api page = Api.session(port, admin.email(), PASSWORD);
        String summary = page.get("/compliance?lang=fr").body();
        assertThat(summary).contains("data-testid=\"residency\"", "data-testid=\"audit-chain\"", "data-testid=\"duties\"",
                "data-testid=\"computations\"", "data-testid=\"explanations\"", "Conformité");
        assertThat(page.get("/jobs").body()).contains("href=\"/compliance\"");
        Api.Response refused = page.form("/compliance/deployer-duties", Map.of("overseers", "987654321", "trainedOn", "31/12/2020"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("data-testid=\"error-overseers\"", "data-testid=\"error-trainedOn\"", "AAAA-MM-JJ");
        Api.Response saved = page.form("/compliance/deployer-duties", Map.of("overseers", String.valueOf(admin.id()),
                "trainedOn", LocalDate.now().toString(), "candidatesInformed", "true"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(page.get("/compliance/deployer-duties").body()).contains("enregistrées", "data-testid=\"duties-history\"");
        assertThat(page.get("/compliance/export").header("Content-Disposition")).startsWith("attachment");
        assertThat(Api.session(port, person("RECRUITER").email(), PASSWORD).get("/compliance").status()).isEqualTo(403);
    }

    private static String json(Object body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body);
    }
}
