package dev.boucle.analytics;

import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.ApplicationMoved;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.StageKind;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts from hiring's moves, after the move commits and off the request's thread.
 * Delivery is at least once and in no promised order, so each move is stored under its natural
 * key, the application's row is locked, and its visits are rebuilt from every move it has: a
 * replayed or late event gives the same rows. The application's cuts (track, office, level,
 * source) are asked of hiring once, at its first event.
 */
@Component
class StageFacts {

    private final JdbcClient jdbc;
    private final ApplicationIndex index;

    StageFacts(JdbcClient jdbc, ApplicationIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(ApplicationMoved moved) {
        long app = moved.application().value();
        jdbc.sql("insert into analytics_moves (application_id, at, to_stage, to_status) values (?, ?, ?, ?) on conflict do nothing")
                .params(app, Timestamp.from(moved.at()), moved.to().stage().name(), moved.to().status().name()).update();
        jdbc.sql("insert into analytics_applications (application_id, job_id) values (?, ?) on conflict do nothing")
                .params(app, moved.job().value()).update();
        boolean enriched = jdbc.sql("select enriched from analytics_applications where application_id = ? for update")
                .param(app).query(Boolean.class).single();
        if (!enriched) enrich(moved);
        rebuild(app);
    }

    private void enrich(ApplicationMoved moved) {
        index.profile(moved.application()).ifPresent(p -> jdbc.sql("""
                update analytics_applications set track = ?, office = ?, level = ?, source = ?, applied_at = ?, enriched = true
                where application_id = ?""")
                .params(p.track(), p.office(), p.level(), p.source(), Timestamp.from(p.appliedAt()), p.application().value())
                .update());
    }

    private void rebuild(long app) {
        List<Visits.Move> moves = jdbc.sql("select at, to_stage, to_status from analytics_moves where application_id = ?")
                .param(app)
                .query((rs, n) -> new Visits.Move(rs.getTimestamp(1).toInstant(), StageKind.valueOf(rs.getString(2)),
                        ApplicationStatus.valueOf(rs.getString(3))))
                .list();
        List<Visits.Visit> visits = Visits.of(moves);
        jdbc.sql("delete from analytics_stage_visits where application_id = ?").param(app).update();
        for (Visits.Visit v : visits) {
            jdbc.sql("insert into analytics_stage_visits (application_id, stage, entered_at, left_at, outcome) values (?, ?, ?, ?, ?)")
                    .params(app, v.stage().name(), Timestamp.from(v.enteredAt()),
                            v.leftAt() == null ? null : Timestamp.from(v.leftAt()), v.outcome())
                    .update();
        }
        Visits.Move last = moves.stream().max(java.util.Comparator.comparing(Visits.Move::at)).orElseThrow();
        Visits.Visit lastVisit = visits.getLast();
        boolean closed = lastVisit.outcome() != null;
        jdbc.sql("update analytics_applications set stage = ?, status = ?, closed_at = ? where application_id = ?")
                .params(lastVisit.stage().name(), closed ? lastVisit.outcome() : last.status().name(),
                        closed ? Timestamp.from(lastVisit.leftAt()) : null, app)
                .update();
    }
}
