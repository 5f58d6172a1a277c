package dev.boucle.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The panel's reports against direct counts over the interviews module's and the judge's own
 * tables: six phone screens of one job held in one past week by a steady interviewer (two
 * of them with an occasional second one), on two questions, scored and reviewed through the API;
 * five candidates' submissions to one coding problem. Facts arrive after commit, so each
 * comparison waits for them. Every report is read with the job's filter, which keeps other test
 * classes' interviews out of the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsPanelTest extends BoucleIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Questions of this class's own (other classes retire bank questions), written in @BeforeAll. */
    static final String OFTEN = "panel-often-" + System.nanoTime();
    static final String ONCE = "panel-once-" + System.nanoTime();

    @Autowired
    JdbcClient jdbc;

    Person manager;
    Person steady;
    Person occasional;
    long job;
    LocalDate week;
    final List<Long> apps = new ArrayList<>();

    @BeforeAll
    void screensHeldScoredAndReviewed() {
        manager = person("HIRING_MANAGER");
        steady = person("INTERVIEWER");
        occasional = person("INTERVIEWER");
        assertThat(admin().send("PUT", "/api/v1/interviewers/" + steady.id() + "/profile", "application/json", """
                {"office": "london", "zone": "Europe/London", "languages": ["en"], "roundTypes": ["ALGORITHMIC_CODING"], "workStart": "09:00",
                 "workEnd": "18:00", "maxPerWeek": 2, "trainee": false}""").status()).as("profile saved").isEqualTo(200);
        String competency = scorecard("ALGORITHMIC_CODING", 3).get("ratings") instanceof Map<?, ?> ratings
                ? String.valueOf(ratings.keySet().iterator().next()) : "";
        for (String id : List.of(OFTEN, ONCE)) {
            Api.Response q = admin().send("PUT", "/api/v1/questions/" + id, "application/json", """
                    {"roundType": "ALGORITHMIC_CODING", "body": {"title": {"en": "Merge the logs", "fr": "Fusionner les journaux"},
                     "prompt": {"en": "Merge sorted logs.", "fr": "Fusionner des journaux triés."},
                     "guide": {"en": "A heap of cursors.", "fr": "Un tas de curseurs."}, "followUps": [], "strongSignals": [],
                     "weakSignals": [], "competencies": ["%s"],
                     "tracks": ["software-engineer"], "levels": ["L5"], "difficulty": "MEDIUM"}}""".formatted(competency));
            assertThat(q.status()).as(q.body()).isLessThan(300);
        }
        job = createJob("software-engineer", manager.id());
        week = LocalDate.now(ZoneOffset.UTC).minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int i = 0; i < 6; i++) {
            long app = apply(createCandidate("Panel Candidate " + i), job);
            apps.add(app);
            for (int stage = 0; stage < 2; stage++) {
                completeOpenRounds(app);
                move(app, "advance", "Through to the phone screen");
            }
            long round = openRound(app, "PHONE_SCREEN");
            List<Long> panel = i < 2 ? List.of(steady.id(), occasional.id()) : List.of(steady.id());
            Instant start = week.plusDays(i).atTime(9 + i, 0).toInstant(ZoneOffset.UTC);
            Api.Response planned = admin().send("PUT", "/api/v1/interviews/" + round, "application/json", JSON.createObjectNode()
                    .put("start", start.toString()).put("minutes", 45).put("questionId", i < 5 ? OFTEN : ONCE)
                    .set("interviewers", JSON.valueToTree(panel)).toString());
            assertThat(planned.status()).as(planned.body()).isEqualTo(200);
            assertThat(steady.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 2 + i % 3))
                    .status()).isEqualTo(201);
            if (i < 2) {
                assertThat(occasional.api().post("/api/v1/interviews/" + round + "/scorecards", scorecard("ALGORITHMIC_CODING", 4))
                        .status()).isEqualTo(201);
            }
        }
    }

    @Test
    void loadPerWeekMatchesTheInterviewsPlannedAndHoldsThemAgainstTheCap() {
        String path = "/api/v1/analytics/interviewer-load?jobId=" + job + "&from=" + week + "&to=" + week.plusDays(6);
        JsonNode load = await(() -> admin().get(path).json(), l -> interviewer(l, occasional.id()) != null
                && interviewer(l, steady.id()).get("total").asLong() == 6);
        assertThat(load.get("weeks")).hasSize(1);
        assertThat(load.get("weeks").get(0).asString()).isEqualTo(week.toString());
        JsonNode mine = interviewer(load, steady.id());
        assertThat(mine.get("interviews").get(0).asLong()).isEqualTo(planned(steady.id()));
        assertThat(mine.get("cap").asInt()).isEqualTo(2);
        assertThat(mine.get("weeksOverCap").asInt()).as("six in a week against a cap of two").isEqualTo(1);
        JsonNode theirs = interviewer(load, occasional.id());
        assertThat(theirs.get("interviews").get(0).asLong()).isEqualTo(planned(occasional.id())).isEqualTo(2);
        assertThat(theirs.get("cap").isNull()).as("no profile, no cap").isTrue();
        assertThat(load.get("interviewers").get(0).get("interviewerId").asLong()).as("over the cap comes first").isEqualTo(steady.id());

        // Eight weeks by default, and a range past 26 weeks is refused by name.
        assertThat(admin().get("/api/v1/analytics/interviewer-load?jobId=" + job).json().get("weeks")).hasSize(8);
        Api.Response wide = admin().get("/api/v1/analytics/interviewer-load?from=2025-01-01&to=2026-01-01");
        assertThat(wide.status()).isEqualTo(400);
        assertThat(wide.json().get("errors").has("to")).isTrue();
        // Only the recruiting team reads the staff's weeks.
        assertThat(manager.api().get("/api/v1/analytics/interviewer-load?jobId=" + job).status()).isEqualTo(403);

        Api.Response csv = admin().get(path, "text/csv");
        List<CSVRecord> rows = csv(csv.body());
        assertThat(rows.get(0).values()).containsExactly("interviewerId", "interviewer", "week", "interviews", "cap", "overCap");
        assertThat(rows).anySatisfy(r -> assertThat(r.values()).containsExactly(String.valueOf(steady.id()), name(steady),
                week.toString(), "6", "2", "true"));
    }

    @Test
    void latencyPerInterviewerMatchesADirectCountAndMergesThoseWithFewScorecards() {
        String path = "/api/v1/analytics/scorecard-latency?jobId=" + job;
        JsonNode latency = await(() -> admin().get(path).json(), l -> l.get("overall").get("scorecards").asLong() == 8);
        assertThat(latency.get("interviewers")).hasSize(1);
        JsonNode mine = latency.get("interviewers").get(0);
        assertThat(mine.get("interviewerId").asLong()).isEqualTo(steady.id());
        assertThat(mine.get("scorecards").asLong()).isEqualTo(6);
        List<Double> hours = hoursToScorecard(steady.id());
        assertThat(mine.get("medianHours").asDouble()).isEqualTo(AnalyticsFixtures.round(percentile(hours, 0.5), 1));
        assertThat(mine.get("p90Hours").asDouble()).isEqualTo(AnalyticsFixtures.round(percentile(hours, 0.9), 1));
        assertThat(mine.get("withinDue").asDouble()).as("three weeks late: none within the day").isEqualTo(0.0);
        // The occasional interviewer's two scorecards are merged into "others", itself under five: withheld.
        assertThat(latency.get("others").get("scorecards").isNull()).isTrue();
        assertThat(latency.get("suppressed").asBoolean()).isTrue();
        assertThat(latency.toString()).doesNotContain("\"interviewerId\":" + occasional.id());
        assertThat(latency.get("dueHours").asDouble()).isEqualTo(24.0);
        // The hiring manager of the job sees it; another job's manager is refused it.
        assertThat(manager.api().get(path).json().get("overall").get("scorecards").asLong()).isEqualTo(8);
        assertThat(person("HIRING_MANAGER").api().get(path).status()).isEqualTo(403);
    }

    @Test
    void questionExposureCountsRoundsPerQuestionAndFoldsTheRarelyAsked() {
        String path = "/api/v1/analytics/questions?jobId=" + job;
        JsonNode exposure = await(() -> admin().get(path).json(), e -> e.get("questions").size() == 1 && e.get("lessAsked").asLong() == 1);
        JsonNode often = exposure.get("questions").get(0);
        assertThat(often.get("questionId").asString()).isEqualTo(OFTEN);
        long direct = jdbc.sql("""
                select count(distinct s.round_id) from scorecards s join applications a on a.id = s.application_id
                where a.job_id = ? and s.question_id = ?""").params(job, OFTEN).query(Long.class).single();
        assertThat(often.get("rounds").asLong()).isEqualTo(direct).isEqualTo(5);
        assertThat(often.get("candidates").asLong()).isEqualTo(5);
        assertThat(often.get("lastAsked").asString()).as("a month, not a day").matches("\\d{4}-\\d{2}");
        assertThat(often.get("overExposed").asBoolean()).isEqualTo(5 >= exposure.get("threshold").asInt());
        assertThat(exposure.toString()).as("asked once: counted, not named").doesNotContain(ONCE);
    }

    @Test
    void calibrationTrendMatchesTheReviewPacketsOfTheMonth() {
        Map<Long, List<double[]>> packets = new LinkedHashMap<>();
        for (long app : apps) {
            List<double[]> scores = new ArrayList<>();
            for (JsonNode line : admin().get("/api/v1/applications/" + app + "/review").json().get("scores")) {
                scores.add(new double[] {line.get("raw").asDouble(), line.get("calibrated").asDouble()});
            }
            packets.put(app, scores);
        }
        long lines = packets.values().stream().mapToLong(List::size).sum();
        assertThat(lines).as("every scorecard is in a packet: " + admin().get("/api/v1/applications/" + apps.get(0) + "/review").body())
                .isEqualTo(8);
        String path = "/api/v1/analytics/calibration?jobId=" + job;
        JsonNode trend = await(() -> admin().get(path).json(), t -> t.get("months").size() == 1
                && t.get("months").get(0).get("scorecards").asLong() == 8);
        JsonNode month = trend.get("months").get(0);
        assertThat(month.get("month").asString()).as("the month the scorecards were written")
                .isEqualTo(java.time.YearMonth.now(ZoneOffset.UTC).toString());
        assertThat(month.get("candidates").asLong()).isEqualTo(6);
        assertThat(month.get("rawSpread").asDouble()).isEqualTo(AnalyticsFixtures.round(spread(packets, 0), 3));
        assertThat(month.get("calibratedSpread").asDouble()).isEqualTo(AnalyticsFixtures.round(spread(packets, 1), 3));
        assertThat(month.get("meanAbsLeniency").asDouble()).isGreaterThanOrEqualTo(Math.abs(month.get("meanLeniency").asDouble()));
    }

    @Test
    void verdictMixPerProblemMatchesTheJudgedSubmissions() {
        Person coder = person("INTERVIEWER");
        long coding = createJob("software-engineer", null);
        List<Long> submissions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long app = apply(createCandidate("Coding Candidate " + i), coding);
            long round = codingRound(app);
            admin().send("PUT", "/api/v1/interviews/" + round, "application/json", "{\"interviewers\": [" + coder.id() + "]}");
            submissions.add(submitFromThePad(port, coder.api(), round, WRONG));
        }
        // The interviewer's own run is not the candidates' mix.
        String path = "/api/v1/analytics/verdicts?jobId=" + coding;
        JsonNode mix = await(() -> admin().get(path).json(), m -> m.get("problems").size() == 1
                && m.get("problems").get(0).get("submissions").asLong() == 5);
        JsonNode problem = mix.get("problems").get(0);
        assertThat(problem.get("problemId").asString()).isEqualTo("calm-stretch");
        assertThat(problem.get("candidates").asLong()).isEqualTo(5);
        Map<String, Long> direct = new LinkedHashMap<>();
        jdbc.sql("select verdict, count(*) from submissions where id = any(?) group by verdict")
                .param(submissions.toArray(Long[]::new)).query(rs -> { direct.put(rs.getString(1), rs.getLong(2)); });
        assertThat(direct).containsOnlyKeys("WA").containsEntry("WA", 5L);
        assertThat(problem.get("verdicts").get("WA").asLong()).isEqualTo(5);
        assertThat(problem.get("verdicts").get("AC").asLong()).isZero();
        assertThat(problem.get("acceptedShare").asDouble()).isZero();
        assertThat(mix.get("merged").asBoolean()).isFalse();
        List<CSVRecord> rows = csv(admin().get(path, "text/csv").body());
        List<String> header = rows.get(0).toList();
        assertThat(header).startsWith("problemId", "candidates", "submissions").contains("AC", "WA", "TLE", "CE");
        assertThat(rows.get(1).get(0)).isEqualTo("calm-stretch");
        assertThat(rows.get(1).get(header.indexOf("WA"))).isEqualTo("5");
    }

    @Test
    void theAnalyticsPageShowsThePanelSectionsToRecruitersAndNotTheLoadToAManager() {
        Person recruiter = person("RECRUITER");
        Api page = Api.session(port, recruiter.email(), PASSWORD);
        String html = page.get("/analytics?jobId=" + job).body();
        assertThat(html).contains("data-testid=\"report-load\"", "data-testid=\"report-latency\"", "data-testid=\"report-questions\"",
                "data-testid=\"report-calibration\"", "data-testid=\"report-verdicts\"", "/analytics/interviewer-load.csv?jobId=" + job);
        String managers = Api.session(port, manager.email(), PASSWORD).get("/analytics?jobId=" + job).body();
        assertThat(managers).contains("data-testid=\"report-latency\"").doesNotContain("data-testid=\"report-load\"");
        assertThat(Api.session(port, manager.email(), PASSWORD).get("/analytics/interviewer-load.csv").status()).isEqualTo(403);
    }

    static final String WRONG = """
            class Solution:
                def longestCalmStretch(self, temps, k):
                    return len(temps)
            """;

    /** The candidate's side of a coding round: the pad opened on calm-stretch, this code typed in and run; the submission's id. */
    static long submitFromThePad(int port, Api interviewer, long round, String code) {
        String link = interviewer.send("PUT", "/api/v1/interviews/" + round + "/pad", "application/json",
                "{\"problemId\": \"calm-stretch\"}").json().get("url").asString();
        Api candidate = Api.visitor(port);
        JsonNode state = candidate.get(link + "/state").json();
        var push = JSON.createObjectNode().put("t", "push").put("v", state.get("version").asInt());
        push.putArray("updates").addObject().put("id", "candidate").set("c", JSON.createArrayNode()
                .add(JSON.createArrayNode().add(state.get("text").asString().length()).add(code)));
        Api.Response sent = candidate.send("POST", link + "/send", "application/json", push.toString());
        if (sent.status() != 200) throw new IllegalStateException(sent.status() + " " + sent.body());
        return candidate.post(link + "/runs", Map.of()).json().get("submission").asLong();
    }

    private long planned(long interviewer) {
        return jdbc.sql("""
                select count(*) from interviews i join round_panel p on p.round_id = i.round_id
                join applications a on a.id = i.application_id
                where a.job_id = ? and p.user_id = ? and i.starts_at >= ? and i.starts_at < ?""")
                .params(job, interviewer, java.sql.Timestamp.from(week.atStartOfDay(ZoneOffset.UTC).toInstant()),
                        java.sql.Timestamp.from(week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                .query(Long.class).single();
    }

    /** Hours from each interview's end to this interviewer's first scorecard on it, from interviews' own tables. */
    private List<Double> hoursToScorecard(long interviewer) {
        return jdbc.sql("""
                select extract(epoch from min(s.submitted_at) - i.starts_at) / 3600.0 - i.minutes / 60.0
                from scorecards s join interviews i on i.round_id = s.round_id join applications a on a.id = s.application_id
                where a.job_id = ? and s.interviewer_id = ? group by s.round_id, i.starts_at, i.minutes""")
                .params(job, interviewer).query(Double.class).list();
    }

    /** Linear interpolation between ranks, as PostgreSQL's percentile_cont. */
    static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int low = (int) Math.floor(rank);
        int high = (int) Math.ceil(rank);
        return sorted.get(low) + (sorted.get(high) - sorted.get(low)) * (rank - low);
    }

    /** The mean distance of each score from its candidate's panel mean, over panels of two or more. */
    static double spread(Map<Long, List<double[]>> packets, int which) {
        double sum = 0;
        int n = 0;
        for (List<double[]> panel : packets.values()) {
            if (panel.size() < 2) continue;
            double mean = panel.stream().mapToDouble(s -> s[which]).average().orElseThrow();
            for (double[] s : panel) {
                sum += Math.abs(s[which] - mean);
                n++;
            }
        }
        return sum / n;
    }

    private long openRound(long app, String stage) {
        for (JsonNode round : application(app).get("rounds")) {
            if (round.get("stage").asString().equals(stage) && round.get("status").asString().equals("OPEN")) return round.get("id").asLong();
        }
        throw new IllegalStateException("no open round at " + stage);
    }

    private long codingRound(long app) {
        for (int stage = 0; stage < 4; stage++) {
            for (JsonNode round : application(app).get("rounds")) {
                if (round.get("type").asString().equals("ALGORITHMIC_CODING")) return round.get("id").asLong();
            }
            completeOpenRounds(app);
            move(app, "advance", null);
        }
        throw new IllegalStateException("no algorithmic coding round");
    }

    private String name(Person p) {
        return admin().get("/api/v1/users/" + p.id()).json().get("name").asString();
    }

    private static JsonNode interviewer(JsonNode load, long id) {
        for (JsonNode i : load.get("interviewers")) if (i.get("interviewerId").asLong() == id) return i;
        return null;
    }

    private static List<CSVRecord> csv(String body) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(body)).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode await(Supplier<JsonNode> read, Predicate<JsonNode> done) {
        Instant until = Instant.now().plus(60, ChronoUnit.SECONDS);
        JsonNode last = null;
        while (Instant.now().isBefore(until)) {
            last = read.get();
            try {
                if (done.test(last)) return last;
            } catch (RuntimeException notYet) {
                // a field not there yet: the facts are still arriving
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("not there within 60 s: " + last);
    }
}
