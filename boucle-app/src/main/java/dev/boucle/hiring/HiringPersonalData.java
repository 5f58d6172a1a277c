package dev.boucle.hiring;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import dev.boucle.platform.Rows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hiring's share of a candidate's personal data: the profile, the applications and their
 * timelines. Erasure anonymises rather than deletes, because the pipeline's counts and the time
 * spent in each stage are kept; what is left (stages, statuses, instants) no longer leads to the
 * person once the profile and every free-text note are gone.
 */
@Component
public class HiringPersonalData implements PersonalDataSection {

    /** The name an erased candidate keeps: no one's, in no language. */
    public static final String ERASED = "[erased]";

    record Profile(long id, String name, String email, @Nullable String phone, @Nullable String location, @Nullable String source,
            Instant createdAt) {}

    record ApplicationRecord(long id, String job, String office, String stage, String status, Instant appliedAt,
            @Nullable Instant closedAt, List<Map<String, Object>> timeline, List<Map<String, Object>> rounds) {}

    record Section(Profile candidate, List<ApplicationRecord> applications) {}

    private final JdbcClient jdbc;

    HiringPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The candidate as a data subject, with their row locked until the caller's transaction ends,
     * so no application is added to them while they are exported or erased.
     */
    public Optional<DataSubject> lock(CandidateId id) {
        return jdbc.sql("select name, email from candidates where id = ? for update").param(id.value())
                .query((rs, n) -> new DataSubject(id.value(), applicationIds(id.value()), roundIds(id.value()), rs.getString(1), rs.getString(2))).optional();
    }

    /** Whether any of the candidate's applications is still open (active or on hold). */
    public boolean hasOpenApplication(CandidateId id) {
        return jdbc.sql("select exists (select 1 from applications where candidate_id = ? and status in ('ACTIVE', 'ON_HOLD'))")
                .param(id.value()).query(Boolean.class).single();
    }

    /** A candidate whose applications are all closed, none hired: when the last closed, at which office. */
    public record ClosedCandidacy(CandidateId candidate, Instant lastClosedAt, String office) {}

    /**
     * Candidates not hired whose every application closed before {@code before}, with the office of
     * the latest: what retention rules apply to. Erased candidates are left out by their name.
     */
    public List<ClosedCandidacy> closedBefore(Instant before) {
        return jdbc.sql("""
                select a.candidate_id, max(a.closed_at), (array_agg(j.office order by a.closed_at desc))[1]
                  from applications a join jobs j on j.id = a.job_id join candidates c on c.id = a.candidate_id
                 where c.name <> ?
                 group by a.candidate_id
                having bool_and(a.status in ('REJECTED', 'WITHDRAWN')) and max(a.closed_at) < ?""")
                .params(ERASED, java.sql.Timestamp.from(before))
                .query((rs, n) -> new ClosedCandidacy(new CandidateId(rs.getLong(1)), rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }

    /** The office of each candidate's latest application, for those named (consent renewals follow it). */
    public Map<Long, String> latestOffice(java.util.Collection<Long> candidates) {
        if (candidates.isEmpty()) return Map.of();
        Map<Long, String> out = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (a.candidate_id) a.candidate_id, j.office from applications a join jobs j on j.id = a.job_id
                 where a.candidate_id = any(?) order by a.candidate_id, a.applied_at desc""")
                .param(candidates.toArray(Long[]::new)).query((rs, n) -> out.put(rs.getLong(1), rs.getString(2))).list();
        return out;
    }

    @Override
    public String section() {
        return "profile";
    }

    @Override
    public Object export(DataSubject subject) {
        Profile profile = jdbc.sql("select id, name, email, phone, location, source, created_at from candidates where id = ?")
                .param(subject.candidateId()).query((rs, n) -> new Profile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).single();
        List<ApplicationRecord> applications = jdbc.sql("""
                select a.id, j.title, j.office, a.stage, a.status, a.applied_at, a.closed_at from applications a
                  join jobs j on j.id = a.job_id where a.candidate_id = ? order by a.id""").param(subject.candidateId())
                .query((rs, n) -> new ApplicationRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(),
                        timeline(rs.getLong(1)), rounds(rs.getLong(1)))).list();
        return new Section(profile, applications);
    }

    /**
     * Blanks the profile and every free text of the timeline and rounds. The address becomes one
     * no mail can reach and no one can guess back (it is unique per row, as the index wants).
     */
    @EventListener
    void erase(ErasingCandidate event) {
        DataSubject s = event.subject();
        jdbc.sql("""
                update candidates set name = ?, email = 'erased-' || id || '@erased.invalid', phone = null, location = null,
                       source = null where id = ?""").params(ERASED, s.candidateId()).update();
        if (s.applicationIds().isEmpty()) return;
        jdbc.sql("""
                update application_events set reason = null,
                       actor_name = case when actor_id is null then ? else actor_name end
                 where application_id = any(?)""").params(ERASED, s.applicationIds().toArray(Long[]::new)).update();
        jdbc.sql("update rounds set note = null where application_id = any(?) and note is not null")
                .param(s.applicationIds().toArray(Long[]::new)).update();
    }

    private List<Long> applicationIds(long candidateId) {
        return jdbc.sql("select id from applications where candidate_id = ? order by id").param(candidateId).query(Long.class).list();
    }

    private List<Long> roundIds(long candidateId) {
        return jdbc.sql("select r.id from rounds r join applications a on a.id = r.application_id where a.candidate_id = ? order by r.id")
                .param(candidateId).query(Long.class).list();
    }

    private List<Map<String, Object>> timeline(long applicationId) {
        return jdbc.sql("""
                select type, at, actor_id, from_stage, to_stage, from_status, to_status, reason from application_events
                 where application_id = ? order by id""").param(applicationId).query((rs, n) -> Rows.of(rs)).list();
    }

    private List<Map<String, Object>> rounds(long applicationId) {
        return jdbc.sql("""
                select id, stage, round_type, minutes, ai_policy, status, interviewer_id, resolved_at, note from rounds
                 where application_id = ? order by stage, position""").param(applicationId).query((rs, n) -> Rows.of(rs)).list();
    }
}
