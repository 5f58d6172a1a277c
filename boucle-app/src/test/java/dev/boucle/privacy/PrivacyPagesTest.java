package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The candidate's privacy page as an admin uses it: a hold blocks the erasure and says why; a typed word confirms it. */
class PrivacyPagesTest extends BoucleIntegrationTest {

    @Test
    @DisplayName("an admin places a hold, sees the erasure refused with its reason, lifts it and erases after typing the word")
    void holdThenErase() {
        long candidate = createCandidate("Paged Privacy");
        long app = apply(candidate, createJob("software-engineer", null));
        assertThat(move(app, "reject", "not now").status()).isEqualTo(200);
        Person admin = person("ADMIN");
        Api page = Api.session(port, admin.email(), PASSWORD);
        String base = "/candidates/" + candidate + "/privacy";
        assertThat(page.get(base).body()).contains("data-testid=\"access-log\"").contains("Legitimate interest");

        assertThat(page.form(base + "/hold", Map.of("reason", "")).body()).contains("data-testid=\"privacy-error\"").contains("needs a reason");
        assertThat(page.form(base + "/hold", Map.of("reason", "Tribunal claim 77")).status()).isEqualTo(302);
        String refused = page.form(base + "/erase", Map.of("confirm", "ERASE")).body();
        assertThat(refused).contains("legal hold").contains("Tribunal claim 77");
        assertThat(page.form(base + "/lift", Map.of()).status()).isEqualTo(302);

        assertThat(page.form(base + "/erase", Map.of("confirm", "yes")).body()).contains("confirmation word");
        assertThat(page.get("/candidates/" + candidate).body()).contains("Paged Privacy");
        assertThat(page.form(base + "/erase", Map.of("confirm", "erase")).status()).isEqualTo(302);
        assertThat(page.get(base).body()).contains("data-testid=\"erased\"");
        assertThat(page.get("/candidates/" + candidate).body()).doesNotContain("Paged Privacy");
    }

    @Test
    @DisplayName("the retention page shows the policies and a dry run in French")
    void retentionPage() {
        Person admin = person("ADMIN");
        Api page = Api.session(port, admin.email(), PASSWORD);
        String body = page.get("/retention?lang=fr").body();
        assertThat(body).contains("Règles par bureau").contains("london").contains("essai");
    }
}
