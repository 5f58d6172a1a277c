package dev.boucle.analytics;

import dev.boucle.coding.SubmissionJudged;
import dev.boucle.hiring.Panels;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each candidate submission's verdict from coding's event, with the application its round
 * belongs to (asked of hiring once, so the report can cut by job, track and office). The event
 * has no time: the listener's clock stands in for when it was judged. An interviewer's own runs
 * and a round that no longer exists are left out.
 */
@Component
class VerdictFacts {

    private final JdbcClient jdbc;
    private final Panels panels;
    private final Clock clock;

    VerdictFacts(JdbcClient jdbc, Panels panels, Clock clock) {
        this.jdbc = jdbc;
        this.panels = panels;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(SubmissionJudged judged) {
        if (!judged.byCandidate()) return;
        panels.round(judged.round()).ifPresent(round -> jdbc.sql("""
                insert into analytics_verdicts (submission_id, round_id, application_id, problem_id, language, verdict, judged_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (submission_id) do update set verdict = excluded.verdict""")
                .params(judged.submissionId(), judged.round().value(), round.applicationId(), judged.problemId(), judged.language(),
                        judged.verdict().name(), Timestamp.from(clock.instant()))
                .update());
    }
}
