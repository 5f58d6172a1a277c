package dev.boucle.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.offers.OfferFixtures;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Offer acceptance against a direct count of the offers' own history, with small groups withheld. */
class AnalyticsOffersTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void offerAcceptanceMatchesTheOffersHistory() throws Exception {
        long job = createJob("software-engineer", null);
        for (int i = 0; i < 11; i++) {
            long app = OfferFixtures.applicationAtOffer(admin(), job, "Offer Analytics " + i);
            long offer = OfferFixtures.createOffer(admin(), app, "95000");
            ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "submit")));
            ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "extend")));
            if (i < 5) ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "accept", "reason", "Signed")));
            else if (i < 10) ok(admin().post("/api/v1/offers/" + offer + "/transitions", Map.of("action", "decline", "reason", "Counter-offer")));
        }
        Map<String, Object> direct = jdbc.sql("""
                select count(distinct e.offer_id) filter (where e.type = 'EXTENDED') as extended,
                       count(*) filter (where e.type = 'ACCEPTED') as accepted,
                       count(*) filter (where e.type = 'DECLINED') as declined
                from offer_events e join offers o on o.id = e.offer_id join applications a on a.id = o.application_id
                where a.job_id = ?""").param(job).query().singleRow();
        assertThat(((Number) direct.get("extended")).longValue()).isEqualTo(11);

        long deadline = System.nanoTime() + 30_000_000_000L;
        JsonNode offers = admin().get("/api/v1/analytics/offers?jobId=" + job).json();
        while (!(offers.path("extended").asLong() == 11 && offers.path("declined").asLong() == 5) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            offers = admin().get("/api/v1/analytics/offers?jobId=" + job).json();
        }
        assertThat(offers.get("extended").asLong()).isEqualTo(((Number) direct.get("extended")).longValue());
        assertThat(offers.get("accepted").asLong()).isEqualTo(((Number) direct.get("accepted")).longValue()).isEqualTo(5);
        assertThat(offers.get("declined").asLong()).isEqualTo(((Number) direct.get("declined")).longValue()).isEqualTo(5);
        assertThat(offers.get("acceptanceRate").asDouble()).isEqualTo(0.5);
        assertThat(offers.get("pending").isNull()).as("one offer still out: withheld").isTrue();
        assertThat(offers.get("suppressed").asBoolean()).isTrue();

        Api.Response csv = admin().get("/api/v1/analytics/offers?jobId=" + job, "text/csv");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(rows.get(0).get("accepted")).isEqualTo("5");
        assertThat(rows.get(0).get("pending")).isEmpty();
        assertThat(person("INTERVIEWER").api().get("/api/v1/analytics/offers").status()).isEqualTo(403);
    }

    private static Api.Response ok(Api.Response r) {
        if (r.status() != 200) throw new IllegalStateException(r.status() + " " + r.body());
        return r;
    }
}
