package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.boucle.BoucleIntegrationTest;
import dev.boucle.SecondNode;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Data residency: the rule per region, the map on the compliance summary, and a deployment that must not start. */
class ResidencyTest extends BoucleIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    @DisplayName("EU candidates stay in the EU; UK ones in the UK or the EU; others anywhere")
    void rule() {
        assertThat(Residency.allowed("EU", "EU")).isTrue();
        assertThat(Residency.allowed("EU", "US")).isFalse();
        assertThat(Residency.allowed("EU", "UK")).isFalse();
        assertThat(Residency.allowed("UK", "EU")).isTrue();
        assertThat(Residency.allowed("UK", "US")).isFalse();
        assertThat(Residency.allowed("US", "EU")).isTrue();
    }

    @Test
    @DisplayName("the compliance summary shows each office's region against the deployment's, and the audit log's state")
    void summary() {
        JsonNode summary = admin().get("/api/v1/compliance").json();
        assertThat(summary.get("dataRegion").asString()).isEqualTo("EU");
        assertThat(summary.get("offices").toString()).contains("\"office\":\"paris\",\"region\":\"EU\",\"allowed\":true");
        assertThat(summary.get("audit").get("intact").asBoolean()).isTrue();
        assertThat(person("RECRUITER").api().get("/api/v1/compliance").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("a process file whose office this deployment cannot hold is refused, naming the office")
    void refusesAProcess() {
        var process = dev.boucle.hiring.process.ProcessParser.parse("default.yaml",
                dev.boucle.platform.ClasspathText.read("processes/default.yaml"));
        Residency us = new Residency(null, "US");
        Throwable refused = catchThrowable(() -> us.replacing(new dev.boucle.hiring.process.ProcessReplacing(process)));
        assertThat(refused).isInstanceOf(dev.boucle.platform.Conflict.class);
        assertThat(((dev.boucle.platform.Conflict) refused).args()).containsExactly("paris", "EU", "US");
        new Residency(null, "EU").replacing(new dev.boucle.hiring.process.ProcessReplacing(process)); // held: no refusal
    }

    @Test
    @DisplayName("a deployment declared in the US with the Paris office does not start, and says which office")
    void refusesToStart() {
        Throwable failed = catchThrowable(() -> SecondNode.start(dataSource, 0, "boucle.data-region=US").close());
        Throwable root = failed;
        while (root != null && !(root instanceof IllegalStateException && String.valueOf(root.getMessage()).contains("residency"))) {
            root = root.getCause();
        }
        assertThat(root).as(String.valueOf(failed)).isNotNull();
        assertThat(root.getMessage()).contains("office paris").contains("region US").contains("BOUCLE_DATA_REGION");
    }
}
