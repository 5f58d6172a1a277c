package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The retention rules per office, through the API as an admin runs them. Candidacies are closed
 * through the API; only the passing of months is made by moving their closing instant (and a
 * consent's) back in the database, since no test can wait two years.
 */
class RetentionTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("a dry run names who would be anonymised and why, changes nothing; the real run erases them")
    void dryRunThenRun() {
        long parisOld = rejected("paris", 25);
        long parisRecent = rejected("paris", 7);
        long londonRecent = rejected("london", 7);
        long open = createCandidate("Still Interviewing");
        apply(open, createJob("software-engineer", null));

        JsonNode dry = run(true);
        assertThat(affected(dry, parisOld)).hasValueSatisfying(a -> {
            assertThat(a.get("rule").asString()).isEqualTo("REJECTED_RETENTION");
            assertThat(a.get("action").asString()).isEqualTo("ERASE");
            assertThat(a.get("reason").asString()).contains("paris").contains("24 months");
        });
        assertThat(affected(dry, londonRecent)).hasValueSatisfying(a -> assertThat(a.get("reason").asString()).contains("london").contains("6 months"));
        assertThat(affected(dry, parisRecent)).as("Paris keeps seven-month-old candidacies").isEmpty();
        assertThat(affected(dry, open)).isEmpty();
        assertThat(name(parisOld)).as("a dry run changes nothing").isNotEqualTo("[erased]");

        JsonNode real = run(false);
        assertThat(affected(real, parisOld)).hasValueSatisfying(a -> assertThat(a.get("action").asString()).isEqualTo("ERASE"));
        assertThat(name(parisOld)).isEqualTo("[erased]");
        assertThat(name(londonRecent)).isEqualTo("[erased]");
        assertThat(name(parisRecent)).isNotEqualTo("[erased]");
        JsonNode audit = admin().get("/api/v1/audit?candidateId=" + parisOld).json().get("items");
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("action").asString()).isEqualTo("ERASE");
            assertThat(e.get("reason").asString()).isEqualTo("RETENTION");
            assertThat(e.get("actor").isNull()).isTrue();
        });
        assertThat(affected(run(true), parisOld)).as("an erased candidate is not reached again").isEmpty();
    }

    @Test
    @DisplayName("talent-pool consent keeps a candidate until it lapses; renewal is asked once, before it lapses")
    void consent() {
        long kept = rejected("paris", 25);
        consentGiven(kept, 3);
        long lapsed = rejected("paris", 25);
        consentGiven(lapsed, 25);
        long renewing = rejected("paris", 3);
        consentGiven(renewing, 24 * 30 - 20); // days ago: it lapses in about three weeks, within the 30 days of notice

        JsonNode dry = run(true);
        assertThat(affected(dry, kept)).isEmpty();
        assertThat(affected(dry, lapsed)).hasValueSatisfying(a -> assertThat(a.get("rule").asString()).isEqualTo("CONSENT_LAPSED"));
        assertThat(affected(dry, renewing)).hasValueSatisfying(a -> {
            assertThat(a.get("action").asString()).isEqualTo("ASK_RENEWAL");
            assertThat(a.get("rule").asString()).isEqualTo("CONSENT_RENEWAL");
        });
        String email = email(renewing);
        assertThat(subjectsTo(email, s -> s.contains("talent pool"))).as("a dry run sends nothing").isEmpty();

        run(false);
        assertThat(name(lapsed)).isEqualTo("[erased]");
        assertThat(name(kept)).isNotEqualTo("[erased]");
        assertThat(mailTo(email, 1)).isNotEmpty();
        assertThat(subjectsTo(email, s -> s.contains("talent pool"))).hasSize(1);
        assertThat(affected(run(true), renewing)).as("asked once per consent").isEmpty();
    }

    @Test
    @DisplayName("a legal hold keeps a candidate the rules would erase, and says so")
    void held() {
        long held = rejected("paris", 30);
        assertThat(admin().send("PUT", "/api/v1/candidates/" + held + "/legal-hold", "application/json",
                "{\"reason\": \"employment tribunal claim 2026/114\"}").status()).isEqualTo(200);
        JsonNode real = run(false);
        assertThat(affected(real, held)).hasValueSatisfying(a -> assertThat(a.get("action").asString()).isEqualTo("HELD"));
        assertThat(name(held)).isNotEqualTo("[erased]");
        assertThat(admin().send("DELETE", "/api/v1/candidates/" + held + "/legal-hold", "application/json", "").status()).isEqualTo(204);
        run(false);
        assertThat(name(held)).isEqualTo("[erased]");
    }

    @Test
    @DisplayName("only admins run retention, and the policies are readable")
    void adminsOnly() {
        Person recruiter = person("RECRUITER");
        assertThat(recruiter.api().post("/api/v1/retention/run?dryRun=true", Map.of()).status()).isEqualTo(403);
        JsonNode policies = admin().get("/api/v1/retention/policies").json();
        assertThat(policies.get("byOffice").get("london").get("rejectedMonths").asInt()).isEqualTo(6);
        assertThat(policies.get("byOffice").get("san-francisco").get("rejectedMonths").asInt()).isEqualTo(48);
    }

    /** A candidate rejected through the API at an office's job, the rejection moved {@code months} back. */
    private long rejected(String office, int months) {
        long candidate = createCandidate("Retention " + office + " " + months);
        Api.Response job = admin().post("/api/v1/jobs", Map.of("title", unique("Job"), "track", "software-engineer", "level", "L5",
                "office", office));
        long app = apply(candidate, job.json().get("id").asLong());
        assertThat(move(app, "reject", "not this time").status()).isEqualTo(200);
        Instant then = Instant.now().atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
        jdbc.sql("update applications set closed_at = ? where id = ?").params(Timestamp.from(then), app).update();
        return candidate;
    }

    /** Consent given from the portal's record, {@code ago} months back (or days, above 100). */
    private void consentGiven(long candidate, int ago) {
        Instant then = ago > 100 ? Instant.now().minusSeconds(86_400L * ago) : Instant.now().atZone(ZoneOffset.UTC).minusMonths(ago).toInstant();
        jdbc.sql("""
                insert into lawful_bases (candidate_id, basis, given, notice_version, at) values (?, 'TALENT_POOL_CONSENT', true, 1, ?)""")
                .params(candidate, Timestamp.from(then)).update();
    }

    private JsonNode run(boolean dry) {
        Api.Response r = admin().post("/api/v1/retention/run?dryRun=" + dry, Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("dryRun").asBoolean()).isEqualTo(dry);
        return r.json();
    }

    private static Optional<JsonNode> affected(JsonNode report, long candidate) {
        for (JsonNode a : report.get("affected")) if (a.get("candidateId").asLong() == candidate) return Optional.of(a);
        return Optional.empty();
    }

    private String name(long candidate) {
        return admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("name").asString();
    }

    private String email(long candidate) {
        return admin().get("/api/v1/candidates/" + candidate).json().get("candidate").get("email").asString();
    }
}
