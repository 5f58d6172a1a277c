package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Adding candidates: the form rules, the all-or-nothing CSV import, and hostile input. */
class CandidateImportTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long candidates() {
        return jdbc.sql("select count(*) from candidates").query(Long.class).single();
    }

    Api.Response importCsv(String csv) {
        return admin().send("POST", "/api/v1/candidates/import", "text/csv", csv);
    }

    @Test
    @DisplayName("a clean CSV imports every row")
    void cleanImport() {
        String a = unique("a") + "@example.com", b = unique("b") + "@example.com";
        Api.Response r = importCsv("name,email,phone,location,source\n\"Durand, Camille\"," + a + ",+33 6 12 34 56 78,Paris,referral\n"
                + "Grace Okoye," + b + ",,London,\n");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        long id = r.json().get("ids").get(0).asLong();
        JsonNode c = admin().get("/api/v1/candidates/" + id).json().get("candidate");
        assertThat(c.get("name").asString()).isEqualTo("Durand, Camille");
        assertThat(c.get("phone").asString()).isEqualTo("+33 6 12 34 56 78");
    }

    @Test
    @DisplayName("malformed rows are reported by line and nothing from the file is saved")
    void malformedRows() {
        long before = candidates();
        String good = unique("good") + "@example.com";
        String csv = "name,email\n"
                + "Valid Person," + good + "\n"        // line 2
                + "No Email,\n"                        // line 3
                + "Bad Email,not-an-address\n"         // line 4
                + "Too,Many,Columns\n"                 // line 5
                + "Twice," + good + "\n";              // line 6
        Api.Response r = importCsv(csv);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/problem+json");
        List<String> rows = new ArrayList<>();
        r.json().get("rows").forEach(row -> rows.add(row.get("line").asInt() + ":" + row.get("field").asString()));
        assertThat(rows).containsExactly("3:email", "4:email", "5:-", "6:email");
        assertThat(candidates()).isEqualTo(before);
        assertThat(admin().get("/api/v1/candidates?q=" + good).json()).isEmpty();
    }

    @Test
    @DisplayName("unknown and missing columns are refused at line 1")
    void badHeader() {
        Api.Response r = importCsv("fullname,mail\nA,a@example.com\n");
        assertThat(r.status()).isEqualTo(400);
        List<String> rows = new ArrayList<>();
        r.json().get("rows").forEach(row -> rows.add(row.get("line").asInt() + ":" + row.get("field").asString()));
        assertThat(rows).contains("1:fullname", "1:mail", "1:name", "1:email");
    }

    @Test
    @DisplayName("an e-mail already in Boucle is refused, whatever its case")
    void existingEmail() {
        String email = unique("dup") + "@example.com";
        admin().post("/api/v1/candidates", Map.of("name", "First", "email", email));
        Api.Response again = admin().post("/api/v1/candidates", Map.of("name", "Second", "email", email.toUpperCase()));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get("email").asString()).contains("already exists");
        Api.Response viaCsv = importCsv("name,email\nSecond," + email.toUpperCase() + "\n");
        assertThat(viaCsv.status()).isEqualTo(400);
    }

    @Test
    @DisplayName("oversized input is refused and saves nothing")
    void oversized() {
        long before = candidates();
        StringBuilder csv = new StringBuilder("name,email\n");
        for (int i = 0; i < 5001; i++) csv.append("P").append(i).append(",p").append(i).append("-").append(unique("x")).append("@example.com\n");
        Api.Response r = importCsv(csv.toString());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asString()).contains("5,000");
        Api.Response longName = admin().post("/api/v1/candidates", Map.of("name", "x".repeat(201), "email", unique("l") + "@example.com"));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("errors").get("name")).isNotNull();
        assertThat(candidates()).isEqualTo(before);
    }

    @Test
    @DisplayName("a candidate named <script> is stored as typed and shown as text on every page")
    void scriptBearingName() {
        String name = "<script>alert('x')</script> \"Bobby\" & <img src=x onerror=alert(1)>";
        long id = createCandidate(name);
        assertThat(admin().get("/api/v1/candidates/" + id).json().get("candidate").get("name").asString()).isEqualTo(name);
        long job = createJob("software-engineer", null);
        apply(id, job);
        Person recruiter = person("RECRUITER");
        Api page = Api.session(port, recruiter.email(), PASSWORD);
        for (String path : List.of("/candidates/" + id, "/jobs/" + job, "/candidates")) {
            String html = page.get(path).body();
            assertThat(html).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(html).as(path).contains("&lt;script&gt;");
        }
    }
}
