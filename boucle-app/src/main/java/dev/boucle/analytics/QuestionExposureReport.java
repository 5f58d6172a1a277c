package dev.boucle.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How often each question of the bank has been asked: the rounds a scorecard was written on it,
 * the candidates who met it and the month it was last used, with the scorecards in the filter's
 * date range. A question asked in as many rounds as the planner's exposure threshold is flagged,
 * as the planner flags it: candidates talk, and a question that has gone round stops measuring.
 *
 * <p>A question met by fewer than five candidates is not listed on its own: it is counted among
 * the questions asked to fewer than five, which is what a planner needs to know of it (it is
 * fresh). The last use is a month, not a day, for the same reason. One query.
 */
@Service
@Transactional(readOnly = true)
class QuestionExposureReport {

    record Question(String questionId, long rounds, long candidates, YearMonth lastAsked, boolean overExposed) {}

    record Exposure(List<Question> questions, long lessAsked, int threshold, int minimumGroup) {

        Table table() {
            List<List<Object>> rows = new ArrayList<>();
            for (Question q : questions) rows.add(Arrays.asList(q.questionId(), q.rounds(), q.candidates(), q.lastAsked(), q.overExposed()));
            if (lessAsked > 0) rows.add(Arrays.asList("asked to fewer than " + minimumGroup + ": " + lessAsked, null, null, null, false));
            return new Table(List.of("questionId", "rounds", "candidates", "lastAsked", "overExposed"), rows);
        }
    }

    private final JdbcClient jdbc;
    private final int threshold;

    QuestionExposureReport(JdbcClient jdbc, @Value("${boucle.questions.exposure-threshold}") int threshold) {
        this.jdbc = jdbc;
        this.threshold = threshold;
    }

    Exposure of(Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = filter.where(params, "s.submitted_at");
        List<Question> questions = new ArrayList<>();
        long[] fewer = {0};
        jdbc.sql("""
                select s.question_id, count(distinct s.round_id), count(distinct s.application_id),
                       (max(s.submitted_at) at time zone 'UTC')::date
                from analytics_scorecards s join analytics_applications a on a.application_id = s.application_id
                where s.question_id is not null and %s
                group by s.question_id
                order by 2 desc, 1""".formatted(where))
                .params(params)
                .query(rs -> {
                    long candidates = rs.getLong(3);
                    if (candidates < SmallGroups.MINIMUM) {
                        fewer[0]++;
                        return;
                    }
                    long rounds = rs.getLong(2);
                    questions.add(new Question(rs.getString(1), rounds, candidates, YearMonth.from(rs.getObject(4, LocalDate.class)),
                            rounds >= threshold));
                });
        return new Exposure(questions, fewer[0], threshold, SmallGroups.MINIMUM);
    }

}
