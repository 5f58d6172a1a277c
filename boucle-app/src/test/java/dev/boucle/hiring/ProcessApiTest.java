package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Replacing the process through the API: validated first, refused with file, line and field. */
class ProcessApiTest extends BoucleIntegrationTest {

    Api.Response put(String yaml, String fileName) {
        return admin().send("PUT", "/api/v1/process?fileName=" + fileName, "application/yaml", yaml);
    }

    @Test
    @DisplayName("a bad process file is refused with file, line and field, and the process in force is unchanged")
    void badFileIsRefused() {
        String current = admin().get("/api/v1/process").body();
        String broken = current.replaceFirst("minutes: 60", "minutes: sixty");
        Api.Response r = put(broken, "acme.yaml");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("file").asString()).isEqualTo("acme.yaml");
        assertThat(r.json().get("field").asString()).endsWith(".minutes");
        int line = r.json().get("line").asInt();
        assertThat(broken.lines().toList().get(line - 1)).contains("minutes: sixty");
        assertThat(r.json().get("detail").asString()).startsWith("acme.yaml, line " + line + ", field ");
        assertThat(admin().get("/api/v1/process").body()).isEqualTo(current);
    }

    @Test
    @DisplayName("an admin replaces the process; a file that drops a track in use is refused")
    void replaceAndRefuseDroppingATrackInUse() {
        String current = admin().get("/api/v1/process").body();
        String renamed = current.replace("name: {en: \"Research Scientist\"", "name: {en: \"Research Scientist (ML)\"");
        assertThat(renamed).isNotEqualTo(current);
        Api.Response ok = put(renamed, "renamed.yaml");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("tracks").asInt()).isEqualTo(4);
        assertThat(admin().get("/api/v1/tracks").json().get(0).get("name").get("en").asString()).isEqualTo("Research Scientist (ML)");

        createJob("solutions-engineer", null);
        String dropped = renamed.replace("key: solutions-engineer", "key: field-engineer");
        Api.Response refused = put(dropped, "dropped.yaml");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("solutions-engineer");
        assertThat(admin().get("/api/v1/process").body()).isEqualTo(renamed);
        assertThat(put(current, "default.yaml").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("only an admin may replace the process")
    void adminOnly() {
        String current = admin().get("/api/v1/process").body();
        assertThat(person("RECRUITER").api().send("PUT", "/api/v1/process", "application/yaml", current).status()).isEqualTo(403);
    }
}
