package dev.boucle.analytics;

import static dev.boucle.analytics.AnalyticsFixtures.actualFunnel;
import static dev.boucle.analytics.AnalyticsFixtures.expectedFunnel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The analytics routes against a direct count over hiring's own tables: applications built
 * through the API on three jobs (two tracks, two offices, two levels, sources), moved, rejected,
 * withdrawn and hired; the facts arrive after commit, so each comparison waits for them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    long engineering;
    long research;
    long tiny;
    String referral;
    String injected;
    Person manager;

    @BeforeAll
    void buildApplications() {
        manager = person("HIRING_MANAGER");
        engineering = job("software-engineer", "L4", "london", manager.id());
        research = job("research-engineer", "L6", "new-york", null);
        tiny = job("software-engineer", "L5", "paris", null);
        referral = unique("Referral");
        injected = "=HYPERLINK(\"http://evil.test\",\"" + unique("click") + "\")";
        List<Long> eng = new ArrayList<>();
        for (int i = 0; i < 7; i++) eng.add(applyFrom(referral, engineering));
        move(eng.get(0), "reject", "Not a fit");
        for (long app : eng.subList(1, 7)) advance(app);
        move(eng.get(1), "reject", "Not a fit");
        for (long app : eng.subList(2, 7)) {
            for (int stage = 0; stage < 5; stage++) advance(app);
        }
        for (int i = 0; i < 5; i++) applyFrom(injected, research);
        applyFrom(referral, research);
        long withdrawn = applyFrom(referral, research);
        move(withdrawn, "withdraw", "Took another offer");
        for (int i = 0; i < 3; i++) applyFrom(referral, tiny);
    }

    @Test
    void theFunnelOfAJobMatchesADirectCountOfItsTimeline() {
        Map<String, Object> filter = Map.of("jobId", engineering);
        JsonNode funnel = eventually("/api/v1/analytics/funnel?jobId=" + engineering, filter);
        List<List<Object>> rows = actualFunnel(funnel);
        assertThat(rows.get(0).subList(0, 4)).containsExactly("RECRUITER_SCREEN", 7L, 6L, 0.8571);
        assertThat(rows.get(0).get(4)).as("seven left the screen: its time is shown").isNotNull();
        assertThat(rows.get(1).subList(0, 3)).containsExactly("HIRING_MANAGER", 6L, 5L);
        assertThat(rows.get(5).subList(0, 4)).containsExactly("OFFER", 5L, 5L, 1.0);
        assertThat(rows.get(5).get(4)).as("five hired left the offer stage: its time is shown").isNotNull();
        assertThat(funnel.get("applications").asLong()).isEqualTo(7);
        assertThat(funnel.get("suppressed").asBoolean()).isFalse();
    }

    @Test
    void filtersByTrackOfficeLevelAndSourceMatchTheDirectCount() {
        eventually("/api/v1/analytics/funnel?jobId=" + engineering, Map.of("jobId", engineering));
        eventually("/api/v1/analytics/funnel?jobId=" + research, Map.of("jobId", research));
        // Other test classes share the database (and some set a stage by hand), so every cut here
        // includes one of this class's own sources.
        for (Map<String, Object> filter : List.<Map<String, Object>>of(Map.of("track", "research-engineer", "source", referral),
                Map.of("office", "london", "source", referral), Map.of("level", "L6", "source", injected),
                Map.of("source", referral), Map.of("track", "software-engineer", "source", referral),
                Map.of("office", "paris", "level", "L5", "source", referral))) {
            String query = filter.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            eventually("/api/v1/analytics/funnel?" + query, filter);
        }
        JsonNode bySource = admin().get("/api/v1/analytics/funnel?source=" + URLEncoder.encode(referral, StandardCharsets.UTF_8)).json();
        assertThat(bySource.get("applications").asLong()).as("7 + 2 + 3 applications from the referral").isEqualTo(12);
    }

    @Test
    void aCutUnderFivePeopleIsWithheld() {
        eventually("/api/v1/analytics/funnel?jobId=" + tiny, Map.of("jobId", tiny));
        JsonNode funnel = admin().get("/api/v1/analytics/funnel?jobId=" + tiny).json();
        assertThat(funnel.get("suppressed").asBoolean()).isTrue();
        assertThat(funnel.get("applications").isNull()).isTrue();
        assertThat(funnel.get("stages")).allSatisfy(s -> assertThat(s.get("entered").isNull()).isTrue());

        eventually("/api/v1/analytics/funnel?jobId=" + research, Map.of("jobId", research));
        JsonNode screen = admin().get("/api/v1/analytics/funnel?jobId=" + research).json().get("stages").get(0);
        assertThat(screen.get("entered").asLong()).isEqualTo(7);
        assertThat(screen.get("medianDays").isNull()).as("only one has left the screen (withdrawn)").isTrue();
        assertThat(screen.get("suppressed").asBoolean()).isTrue();

        JsonNode health = admin().get("/api/v1/analytics/time-to-hire?jobId=" + tiny).json();
        assertThat(health.get("suppressed").asBoolean()).isTrue();
        assertThat(health.get("hired").isNull()).isTrue();

        JsonNode sources = admin().get("/api/v1/analytics/sources?jobId=" + research).json();
        assertThat(sources.get("sources")).hasSize(1);
        assertThat(sources.get("sources").get(0).get("source").asString()).isEqualTo(injected);
        assertThat(sources.get("suppressed").asBoolean()).as("two referrals: too few even as 'other'").isTrue();
    }

    @Test
    void timeToHireAndTheTargetMatchTheApplications() {
        eventually("/api/v1/analytics/funnel?jobId=" + engineering, Map.of("jobId", engineering));
        JsonNode health = admin().get("/api/v1/analytics/time-to-hire?jobId=" + engineering).json();
        Map<String, Object> direct = jdbc.sql("""
                select count(*) filter (where status = 'HIRED') as hired,
                       percentile_cont(0.5) within group (order by extract(epoch from closed_at - applied_at) / 86400.0)
                           filter (where status = 'HIRED') as median,
                       count(*) filter (where status in ('ACTIVE', 'ON_HOLD')) as open
                from applications where job_id = ?""").param(engineering).query().singleRow();
        assertThat(health.get("hired").asLong()).isEqualTo(((Number) direct.get("hired")).longValue()).isEqualTo(5);
        assertThat(health.get("medianDays").asDouble()).isEqualTo(AnalyticsFixtures.round((Double) direct.get("median"), 2));
        assertThat(health.get("open").asLong()).isZero();
        assertThat(health.get("atRiskWeeks").asInt()).isEqualTo(5);
        assertThat(health.get("overdueWeeks").asInt()).isEqualTo(8);
    }

    @Test
    void csvParsesBackWithFormulasNeutralised() throws Exception {
        eventually("/api/v1/analytics/funnel?jobId=" + research, Map.of("jobId", research));
        Api.Response csv = admin().get("/api/v1/analytics/sources?jobId=" + research, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").contains("UTF-8");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body())).getRecords();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("source")).isEqualTo("'" + injected);
        assertThat(records.get(0).get("applications")).isEqualTo("5");

        Api.Response funnel = admin().get("/api/v1/analytics/funnel?jobId=" + engineering, "text/csv");
        List<CSVRecord> stages = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(funnel.body())).getRecords();
        assertThat(stages).extracting(r -> r.get("stage")).containsExactlyElementsOf(AnalyticsFixtures.STAGES);
        assertThat(stages.get(0).get("entered")).isEqualTo("7");
        assertThat(stages.get(1).get("entered")).isEqualTo("6");
        Api.Response screens = admin().get("/api/v1/analytics/funnel?jobId=" + research, "text/csv");
        assertThat(screens.body().lines().skip(1).findFirst().orElseThrow()).as("withheld cells are empty")
                .isEqualTo("RECRUITER_SCREEN,7,0,0.0,,");
    }

    @Test
    void badFiltersAre400NamingTheFieldAndChangeNothing() {
        // Only this class's own moves: other classes' facts may still be arriving in the shared database.
        eventually("/api/v1/analytics/funnel?jobId=" + engineering, Map.of("jobId", engineering));
        String own = "select count(*) from analytics_moves m join analytics_applications a on a.application_id = m.application_id "
                + "where a.job_id = any(?)";
        Long[] jobs = {engineering, research, tiny};
        long moves = jdbc.sql(own).param(jobs).query(Long.class).single();
        Map<String, String> bad = Map.of("track=astrology", "track", "office=moon", "office", "level=L99", "level",
                "from=2026-13-01", "from", "to=yesterday", "to", "from=2026-05-02&to=2026-05-01", "from", "jobId=abc", "jobId",
                "jobId=999999999", "jobId");
        bad.forEach((query, field) -> {
            for (String route : List.of("funnel", "time-to-hire", "sources")) {
                Api.Response r = admin().get("/api/v1/analytics/" + route + "?" + query);
                assertThat(r.status()).as(route + "?" + query).isEqualTo(400);
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.json().get("errors").has(field)).as(r.body()).isTrue();
            }
        });
        Api.Response french = admin().sendWithLanguage("GET", "/api/v1/analytics/funnel?office=moon", "", "fr");
        assertThat(french.json().get("errors").get("office").asString()).isEqualTo("Bureau inconnu.");
        assertThat(jdbc.sql(own).param(jobs).query(Long.class).single()).isEqualTo(moves);
    }

    @Test
    void interviewersAndTheCommitteeAreRefusedAndAHiringManagerSeesOnlyTheirJobs() {
        for (String role : List.of("INTERVIEWER", "COMMITTEE")) {
            Api api = person(role).api();
            for (String route : List.of("funnel", "time-to-hire", "sources")) {
                assertThat(api.get("/api/v1/analytics/" + route).status()).as(role + " " + route).isEqualTo(403);
            }
        }
        eventually("/api/v1/analytics/funnel?jobId=" + engineering, Map.of("jobId", engineering));
        assertThat(manager.api().get("/api/v1/analytics/funnel?jobId=" + research).status()).isEqualTo(403);
        JsonNode own = manager.api().get("/api/v1/analytics/funnel").json();
        assertThat(own.get("applications").asLong()).as("only the manager's job").isEqualTo(7);
    }

    @Test
    void erasingACandidateClearsTheSourceAnalyticsKeptAndTheExportShowsIt() {
        String source = unique("Erasable source");
        long job = job("software-engineer", "L3", "london", null);
        Api.Response c = admin().post("/api/v1/candidates", Map.of("name", unique("Candidate"), "email",
                unique("c") + "@example.com", "source", source));
        long candidate = c.json().get("id").asLong();
        long app = apply(candidate, job);
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (jdbc.sql("select count(*) from analytics_applications where application_id = ? and enriched").param(app)
                .query(Long.class).single() == 0 && System.nanoTime() < deadline) sleep();
        assertThat(admin().get("/api/v1/candidates/" + candidate + "/export").body()).contains("\"analytics\"").contains(source);

        move(app, "withdraw", "Moved on");
        Api.Response erased = admin().send("DELETE", "/api/v1/candidates/" + candidate, "application/json", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from analytics_applications where source = ?").param(source).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from analytics_stage_visits where application_id = ?").param(app)
                .query(Long.class).single()).as("the visits stay counted").isEqualTo(1);
        assertThat(admin().get("/api/v1/candidates/" + candidate + "/export").body()).doesNotContain(source);
    }

    private JsonNode eventually(String path, Map<String, Object> filter) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<List<Object>> expected = expectedFunnel(jdbc, filter);
        JsonNode funnel = admin().get(path).json();
        while (!actualFunnel(funnel).equals(expected) && System.nanoTime() < deadline) {
            sleep();
            expected = expectedFunnel(jdbc, filter);
            funnel = admin().get(path).json();
        }
        assertThat(actualFunnel(funnel)).as(path).isEqualTo(expected);
        return funnel;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long job(String track, String level, String office, Long managerId) {
        var body = new java.util.HashMap<String, Object>(Map.of("title", unique("Job"), "track", track, "level", level, "office", office));
        if (managerId != null) body.put("hiringManagerId", managerId);
        Api.Response r = admin().post("/api/v1/jobs", body);
        if (r.status() != 201) throw new IllegalStateException(r.body());
        return r.json().get("id").asLong();
    }

    private long applyFrom(String source, long job) {
        Api.Response c = admin().post("/api/v1/candidates", Map.of("name", unique("Candidate"), "email",
                unique("c") + "@example.com", "source", source));
        if (c.status() != 201) throw new IllegalStateException(c.body());
        return apply(c.json().get("id").asLong(), job);
    }

    private void advance(long app) {
        completeOpenRounds(app);
        Api.Response r = move(app, "advance", "Good");
        if (r.status() != 200) throw new IllegalStateException(r.body());
    }
}
