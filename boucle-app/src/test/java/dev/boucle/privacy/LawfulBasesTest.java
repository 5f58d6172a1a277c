package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lawful basis of a candidate's data, recorded with the notice's version and the time: on applying, and the talent pool's consent. */
class LawfulBasesTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("applying records legitimate interest once; the candidate gives and withdraws talent-pool consent from their portal")
    void bases() {
        long candidate = createCandidate("Basis Holder");
        apply(candidate, createJob("software-engineer", null));
        long second = apply(candidate, createJob("research-engineer", null));
        JsonNode recorded = admin().get("/api/v1/candidates/" + candidate + "/lawful-bases").json();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).get("basis").asString()).isEqualTo("LEGITIMATE_INTEREST");
        assertThat(recorded.get(0).get("given").asBoolean()).isTrue();
        assertThat(recorded.get(0).get("noticeVersion").asInt()).isEqualTo(1);
        assertThat(recorded.get(0).get("at").isNull()).isFalse();

        String link = admin().post("/api/v1/applications/" + second + "/portal-link", Map.of()).json().get("url").asString();
        Api portal = Api.visitor(port);
        assertThat(portal.get(link.substring(link.indexOf("/portal/"))).status()).isEqualTo(302);
        assertThat(portal.get("/api/v1/portal/me").json().get("talentPool").asBoolean()).isFalse();
        assertThat(portal.json("PUT", "/api/v1/portal/talent-pool", "{\"given\": true}").status()).isEqualTo(200);
        assertThat(portal.get("/api/v1/portal/me").json().get("talentPool").asBoolean()).isTrue();
        assertThat(portal.form("/portal/talent-pool", Map.of("given", "false")).header("Location")).endsWith("done=pool-out");
        assertThat(portal.get("/api/v1/portal/me").json().get("talentPool").asBoolean()).isFalse();
        assertThat(portal.json("PUT", "/api/v1/portal/talent-pool", "{}").json().get("errors").has("given")).isTrue();

        JsonNode all = admin().get("/api/v1/candidates/" + candidate + "/lawful-bases").json();
        assertThat(all).hasSize(3);
        assertThat(all.get(1).get("basis").asString()).isEqualTo("TALENT_POOL_CONSENT");
        assertThat(all.get(1).get("given").asBoolean()).isTrue();
        assertThat(all.get(1).get("byUser").isNull()).isTrue(); // the candidate themselves
        assertThat(all.get(2).get("given").asBoolean()).isFalse();
        assertThat(person("INTERVIEWER").api().get("/api/v1/candidates/" + candidate + "/lawful-bases").status()).isEqualTo(403);
    }
}
