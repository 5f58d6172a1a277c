package dev.boucle.scheduling;

import dev.boucle.hiring.process.StageKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The offered_plans table: plans shown to a candidate, bookable until they expire, booked at most once. */
@Repository
class OfferedPlans {

    record Offered(String id, long applicationId, StageKind stage, ProposedPlan plan, Instant expiresAt, Instant bookedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    OfferedPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String save(long applicationId, StageKind stage, ProposedPlan plan, Instant expiresAt) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into offered_plans (id, application_id, stage, plan, expires_at) values (?, ?, ?, ?::jsonb, ?)")
                .params(id, applicationId, stage.name(), json.writeValueAsString(plan), Timestamp.from(expiresAt)).update();
        return id;
    }

    /** The plan as committed now (bookings read it under the calendar lock, so none is booked twice). */
    Optional<Offered> find(String id) {
        return jdbc.sql("select id, application_id, stage, plan, expires_at, booked_at from offered_plans where id = ?")
                .param(id).query((rs, n) -> {
                    Timestamp booked = rs.getTimestamp("booked_at");
                    return new Offered(rs.getString("id"), rs.getLong("application_id"), StageKind.valueOf(rs.getString("stage")),
                            json.readValue(rs.getString("plan"), ProposedPlan.class), rs.getTimestamp("expires_at").toInstant(),
                            booked == null ? null : booked.toInstant());
                }).optional();
    }

    /** Booked: this plan is used, and the other plans offered for the stage go stale at once. */
    void booked(Offered plan, Instant at) {
        jdbc.sql("update offered_plans set booked_at = ? where id = ?").params(Timestamp.from(at), plan.id()).update();
        supersede(plan.applicationId(), at);
    }

    /**
     * The slots of other candidates' offers made since {@code since} and not booked, per interviewer:
     * held for a few minutes, so that candidates choosing at the same time are offered different
     * people or times rather than racing for the same ones. Holds shape offers only; a booking is
     * refused only by a real interview.
     */
    java.util.Map<Long, java.util.List<TimeSpan>> held(long exceptApplication, Instant since, Instant now) {
        java.util.Map<Long, java.util.List<TimeSpan>> held = new java.util.HashMap<>();
        jdbc.sql("""
                select plan from offered_plans
                 where created_at > ? and booked_at is null and expires_at > ? and application_id <> ?""")
                .params(Timestamp.from(since), Timestamp.from(now), exceptApplication)
                .query((rs, n) -> json.readValue(rs.getString(1), ProposedPlan.class)).list()
                .forEach(plan -> plan.slots().forEach(s -> held.computeIfAbsent(s.interviewerId(), k -> new java.util.ArrayList<>())
                        .add(new TimeSpan(s.start(), s.end()))));
        return held;
    }

    /**
     * A new offer replaces the application's previous ones: only the latest can be booked, and only
     * its slots are held, however often the candidate asks.
     */
    void supersede(long applicationId, Instant at) {
        jdbc.sql("update offered_plans set expires_at = ? where application_id = ? and booked_at is null and expires_at > ?")
                .params(Timestamp.from(at), applicationId, Timestamp.from(at)).update();
    }

    /** Plans of long ago are of no use to anyone: each new offer clears its application's old ones. */
    void forgetOld(long applicationId, Instant before) {
        jdbc.sql("delete from offered_plans where application_id = ? and booked_at is null and expires_at < ?")
                .params(applicationId, Timestamp.from(before)).update();
    }
}
