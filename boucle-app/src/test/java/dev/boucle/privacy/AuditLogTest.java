package dev.boucle.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The audit log: staff reads and changes of candidate data are recorded by id only, chained, and a tampered entry is found. */
class AuditLogTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("a recruiter's read and move of a candidate are in the log, searchable by candidate and by user, with ids and codes only")
    void readsAndChanges() {
        Person recruiter = person("RECRUITER");
        long candidate = createCandidate("Zoé Audit-Marker");
        long app = apply(candidate, createJob("software-engineer", null));
        assertThat(recruiter.api().get("/api/v1/applications/" + app).status()).isEqualTo(200);
        assertThat(recruiter.api().get("/api/v1/candidates/" + candidate).status()).isEqualTo(200);
        assertThat(recruiter.api().post("/api/v1/applications/" + app + "/transitions", Map.of("action", "advance")).status()).isEqualTo(200);
        // A refused read is not a read.
        Person stranger = person("INTERVIEWER");
        assertThat(stranger.api().get("/api/v1/applications/" + app).status()).isEqualTo(403);

        JsonNode items = admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items");
        assertThat(items.toString()).doesNotContain("Zoé").doesNotContain("Audit-Marker").doesNotContain("@");
        assertThat(count(items, recruiter.id(), "READ", "application", app)).isEqualTo(1);
        assertThat(count(items, recruiter.id(), "READ", "candidate", candidate)).isEqualTo(1);
        assertThat(count(items, recruiter.id(), "CHANGE", "application", app)).isEqualTo(1);
        assertThat(count(items, stranger.id(), "READ", "application", app)).isZero();
        // The interviews' plan is candidate data too, filed under the same candidate.
        assertThat(recruiter.api().get("/api/v1/applications/" + app + "/interviews").status()).isEqualTo(200);
        items = admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items");
        assertThat(count(items, recruiter.id(), "READ", "application", app)).isEqualTo(2);
        JsonNode byUser = admin().get("/api/v1/audit?userId=" + recruiter.id()).json().get("items");
        assertThat(byUser).hasSize(4);
        assertThat(admin().get("/api/v1/audit?limit=0").status()).isEqualTo(400);
        assertThat(recruiter.api().get("/api/v1/audit/verify").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("the chain verifies; an edited entry and a deleted entry are each found by the verification")
    void tampering() {
        long candidate = createCandidate("Chain Check");
        long app = apply(candidate, createJob("software-engineer", null));
        admin().get("/api/v1/applications/" + app);
        JsonNode before = admin().get("/api/v1/audit/verify").json();
        assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        long seq = admin().get("/api/v1/audit?candidateId=" + candidate).json().get("items").get(0).get("seq").asLong();

        // Someone with the database's keys gets past the append-only trigger and rewrites history.
        bypassingTriggers("update audit_log set reason = 'COMPLIANCE' where seq = " + seq);
        try {
            JsonNode edited = admin().get("/api/v1/audit/verify").json();
            assertThat(edited.get("intact").asBoolean()).isFalse();
            assertThat(edited.get("firstBroken").asLong()).isEqualTo(seq);
        } finally {
            bypassingTriggers("update audit_log set reason = 'PIPELINE' where seq = " + seq);
        }
        assertThat(admin().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();

        var row = jdbc.sql("select * from audit_log where seq = ?").param(seq).query().singleRow();
        bypassingTriggers("delete from audit_log where seq = " + seq);
        try {
            JsonNode deleted = admin().get("/api/v1/audit/verify").json();
            assertThat(deleted.get("intact").asBoolean()).isFalse();
            assertThat(deleted.get("firstBroken").asLong()).isEqualTo(seq);
        } finally {
            jdbc.sql("""
                    insert into audit_log (seq, at, actor_id, action, subject_type, subject_id, candidate_id, reason, prev_hash, hash)
                    values (:seq, :at, :actor_id, :action, :subject_type, :subject_id, :candidate_id, :reason, :prev_hash, :hash)""")
                    .params(row).update();
        }
        assertThat(admin().get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
        // And the trigger refuses an ordinary edit.
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> jdbc.sql("update audit_log set reason = 'X' where seq = ?")
                .param(seq).update())).hasMessageContaining("append-only");
    }

    void bypassingTriggers(String sql) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql(sql).update();
        });
    }

    static int count(JsonNode items, long actor, String action, String subject, long subjectId) {
        int n = 0;
        for (JsonNode i : items) {
            if (i.path("actor").asLong(-1) == actor && i.get("action").asString().equals(action) && i.get("subject").asString().equals(subject)
                    && i.get("subjectId").asLong() == subjectId) n++;
        }
        return n;
    }
}
