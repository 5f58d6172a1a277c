package dev.boucle.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.offers.OfferFixtures;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The decline reasons report against a direct count of the offers' own table, with small groups merged or withheld. */
class AnalyticsDeclineTest extends BoucleIntegrationTest {

    static final List<String> ORDER = List.of("COMPENSATION", "COMPETING_OFFER", "COUNTER_OFFER", "LOCATION", "ROLE_OR_LEVEL",
            "TIMING", "PROCESS", "PERSONAL", "OTHER");

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("declines are counted by reason as offers recorded them; a reason under five is merged, a merged group under five withheld")
    void declineReasonsMatchTheOffersTable() throws Exception {
        long job = createJob("software-engineer", null);
        // 5 for compensation, 2 + 1 that merge into 3 (withheld), 5 from a client that sends no reason.
        List<String> reasons = new ArrayList<>(List.of("COMPENSATION", "COMPENSATION", "COMPENSATION", "COMPENSATION",
                "COMPENSATION", "COMPETING_OFFER", "COMPETING_OFFER", "TIMING", "", "", "", "", ""));
        for (String reason : reasons) declined(job, reason);
        extendedOnly(job);

        JsonNode first = awaitReport(job);
        assertThat(rows(first)).isEqualTo(expected(job));
        assertThat(rows(first)).containsExactly(Arrays.asList("COMPENSATION", false, 5L), Arrays.asList(null, true, null),
                Arrays.asList(null, false, 5L));
        assertThat(first.get("merged").asBoolean()).isTrue();
        assertThat(first.get("suppressed").asBoolean()).as("the merged 3 are withheld").isTrue();
        assertThat(first.get("minimumGroup").asInt()).isEqualTo(5);
        assertThat(first.toString()).doesNotContain("COMPETING_OFFER", "TIMING");

        // Two more small reasons: the merged group reaches five and is shown, still without naming the 2 competing offers.
        declined(job, "PROCESS");
        declined(job, "PROCESS");
        JsonNode second = awaitReport(job);
        assertThat(rows(second)).isEqualTo(expected(job));
        assertThat(rows(second)).containsExactly(Arrays.asList("COMPENSATION", false, 5L), Arrays.asList(null, true, 5L),
                Arrays.asList(null, false, 5L));
        assertThat(second.get("suppressed").asBoolean()).isFalse();
        for (JsonNode row : second.get("reasons")) assertThat(row.get("declined").asLong()).isNotEqualTo(2);

        Api.Response csv = admin().get("/api/v1/analytics/decline-reasons?jobId=" + job, "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        List<CSVRecord> lines = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(lines).extracting(r -> r.get("reason") + "=" + r.get("declined"))
                .containsExactly("COMPENSATION=5", "merged=5", "not-recorded=5");
        Person recruiter = person("RECRUITER");
        Api session = Api.session(port, recruiter.email(), PASSWORD);
        assertThat(session.get("/analytics/decline-reasons.csv?jobId=" + job).body()).isEqualTo(csv.body());

        String page = session.get("/analytics?jobId=" + job + "&lang=fr").body();
        assertThat(page).contains("data-testid=\"report-decline-reasons\"", "Motifs de refus", "Rémunération",
                "Autres motifs (regroupés)", "Non renseigné", "data-testid=\"decline-reasons-chart\"",
                "/analytics/decline-reasons.csv?jobId=" + job);
        assertThat(page.indexOf("report-decline-reasons")).isGreaterThan(page.indexOf("report-offers"));

        assertThat(person("INTERVIEWER").api().get("/api/v1/analytics/decline-reasons").status()).isEqualTo(403);
        assertThat(admin().get("/api/v1/analytics/decline-reasons?from=yesterday").status()).isEqualTo(400);
    }

    /** An offer on a new application of {@code job}, extended and declined with this reason (blank: none sent). */
    private void declined(long job, String reason) {
        long offer = extended(job);
        Map<String, Object> body = new HashMap<>(Map.of("action", "decline", "reason", "Said no"));
        if (!reason.isEmpty()) body.put("declineReason", reason);
        ok(admin().post("/api/v1/offers/" + offer + "/transitions", body));
    }

    /** An offer still awaiting its answer: not a decline, so in no row. */
    private void extendedOnly(long job) {
        extended(job);
    }

    private long extended(long job) {
        long app = OfferFixtures.applicationAtOffer(admin(), job, "Decline Analytics " + System.nanoTime());
        long offer = OfferFixtures.createOffer(admin(), app, "95000");
        ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "submit")));
        ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "extend")));
        return offer;
    }

    /** The report once the facts have caught up with the offers' own table (they are kept after each commit). */
    private JsonNode awaitReport(long job) throws InterruptedException {
        long declines = jdbc.sql("""
                select count(*) from offers o join applications a on a.id = o.application_id
                where a.job_id = ? and o.state = 'DECLINED'""").param(job).query(Long.class).single();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            long facts = jdbc.sql("""
                    select count(*) from analytics_offers o join analytics_applications a on a.application_id = o.application_id
                    where a.job_id = ? and a.enriched and o.outcome = 'DECLINED'""").param(job).query(Long.class).single();
            if (facts == declines || System.nanoTime() > deadline) break;
            Thread.sleep(100);
        }
        Api.Response r = admin().get("/api/v1/analytics/decline-reasons?jobId=" + job);
        assertThat(r.status()).isEqualTo(200);
        return r.json();
    }

    /** The same report counted directly from offers' own table, with the floor applied the same way. */
    private List<List<Object>> expected(long job) {
        Map<String, Long> byReason = new HashMap<>();
        jdbc.sql("""
                select coalesce(o.decline_reason, ''), count(*) from offers o join applications a on a.id = o.application_id
                where a.job_id = ? and o.state = 'DECLINED' group by 1""").param(job)
                .query((rs, n) -> byReason.put(rs.getString(1), rs.getLong(2))).list();
        List<List<Object>> rows = new ArrayList<>();
        long merged = 0;
        List<String> big = new ArrayList<>();
        for (var e : byReason.entrySet()) {
            if (e.getKey().isEmpty()) continue;
            if (e.getValue() >= 5) big.add(e.getKey());
            else merged += e.getValue();
        }
        big.sort(Comparator.comparing((String r) -> -byReason.get(r)).thenComparing(ORDER::indexOf));
        for (String r : big) rows.add(Arrays.asList(r, false, byReason.get(r)));
        if (merged > 0) rows.add(Arrays.asList(null, true, merged >= 5 ? merged : null));
        Long none = byReason.get("");
        if (none != null) rows.add(Arrays.asList(null, false, none >= 5 ? none : null));
        return rows;
    }

    private static List<List<Object>> rows(JsonNode report) {
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode r : report.get("reasons")) {
            rows.add(Arrays.asList(r.get("reason").isNull() ? null : r.get("reason").asString(), r.get("merged").asBoolean(),
                    AnalyticsFixtures.longOrNull(r.path("declined"))));
        }
        return rows;
    }

    private static Api.Response ok(Api.Response r) {
        if (r.status() != 200) throw new IllegalStateException(r.status() + " " + r.body());
        return r;
    }
}
