package dev.boucle.analytics;

import dev.boucle.interviews.InterviewPlanned;
import dev.boucle.interviews.ScorecardSubmitted;
import dev.boucle.interviews.ScoresCalibrated;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the panel's facts from interviews' events, after each change commits: the plan of each
 * round (for interviewer load and for when an interview ended), each panelist's first scorecard
 * (for latency and question exposure) and each scorecard's latest calibration (for the trends).
 * Every write is an upsert that a replayed or late event cannot make wrong.
 */
@Component
class PanelFacts {

    private final JdbcClient jdbc;
    private final Clock clock;

    PanelFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InterviewPlanned planned) {
        jdbc.sql("""
                insert into analytics_interviews (round_id, application_id, start_at, minutes, interviewers, planned_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (round_id) do update set start_at = excluded.start_at, minutes = excluded.minutes,
                    interviewers = excluded.interviewers, planned_at = excluded.planned_at
                where analytics_interviews.planned_at <= excluded.planned_at""")
                .params(planned.round().value(), planned.application().value(),
                        planned.start() == null ? null : Timestamp.from(planned.start()), planned.minutes(),
                        planned.interviewers().toArray(Long[]::new), Timestamp.from(planned.at()))
                .update();
    }

    @ApplicationModuleListener
    void on(ScorecardSubmitted submitted) {
        if (submitted.amendment()) return;
        jdbc.sql("""
                insert into analytics_scorecards (round_id, interviewer_id, application_id, submitted_at, question_id)
                values (?, ?, ?, ?, ?)
                on conflict (round_id, interviewer_id) do update set submitted_at = least(analytics_scorecards.submitted_at,
                    excluded.submitted_at)""")
                .params(submitted.round().value(), submitted.interviewer().value(), submitted.application().value(),
                        Timestamp.from(submitted.at()), submitted.questionId())
                .update();
    }

    /**
     * The event carries no time of its own: the listener's clock stands in, which is the packet's
     * commit give or take the listener's delay. Only the latest computation of a scorecard is kept.
     */
    @ApplicationModuleListener
    void on(ScoresCalibrated calibrated) {
        Timestamp now = Timestamp.from(clock.instant());
        for (ScoresCalibrated.Line line : calibrated.lines()) {
            jdbc.sql("""
                    insert into analytics_calibrations (scorecard_id, application_id, round_id, interviewer_id, raw, leniency,
                        calibrated, calibrated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (scorecard_id) do update set raw = excluded.raw, leniency = excluded.leniency,
                        calibrated = excluded.calibrated, calibrated_at = excluded.calibrated_at""")
                    .params(line.scorecardId(), calibrated.application().value(), line.roundId(), line.interviewerId(), line.raw(),
                            line.leniency(), line.calibrated(), now)
                    .update();
        }
    }
}
