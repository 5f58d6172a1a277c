package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationMoved;
import dev.boucle.hiring.CandidateId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lawful basis of each candidate's data, with the notice version and the time: legitimate
 * interest from their first application (recorded in its transaction), consent to the talent
 * pool as they give or withdraw it from their portal. Nothing is overwritten; the latest row of a
 * basis is the one in force.
 */
@Service
public class LawfulBases {

    public enum Basis { LEGITIMATE_INTEREST, TALENT_POOL_CONSENT }

    /** One recorded basis: given or withdrawn, under which notice, when, by whom (null: the candidate). */
    public record Record(Basis basis, boolean given, int noticeVersion, Instant at, @Nullable Long byUser) {}

    private final JdbcClient jdbc;
    private final PrivacyNotices notices;
    private final AuditLog audit;
    private final Clock clock;

    LawfulBases(JdbcClient jdbc, PrivacyNotices notices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** An application created: its candidate's data is held for it, under the notice in force, once per candidate. */
    @EventListener
    void applied(ApplicationMoved e) {
        if (e.from() != null || current(e.candidate(), Basis.LEGITIMATE_INTEREST) != null) return;
        insert(e.candidate(), Basis.LEGITIMATE_INTEREST, true, e.actor() == null ? null : e.actor().value());
    }

    /** The candidate gives or withdraws their consent to be kept in the talent pool. */
    @Transactional
    public Record talentPool(CandidateId candidate, boolean given) {
        insert(candidate, Basis.TALENT_POOL_CONSENT, given, null);
        audit.record(null, AuditLog.Action.CHANGE, "consent", candidate.value(), candidate.value(), AuditLog.Reason.CANDIDATE_REQUEST);
        return current(candidate, Basis.TALENT_POOL_CONSENT);
    }

    /** Every candidate whose talent-pool consent stands (latest record given), with when it was given. */
    public java.util.Map<Long, Instant> consentsGiven() {
        java.util.Map<Long, Instant> out = new java.util.HashMap<>();
        jdbc.sql("""
                select distinct on (candidate_id) candidate_id, given, at from lawful_bases where basis = 'TALENT_POOL_CONSENT'
                 order by candidate_id, id desc""")
                .query((rs, n) -> rs.getBoolean(2) ? out.put(rs.getLong(1), rs.getTimestamp(3).toInstant()) : null).list();
        return out;
    }

    public boolean inTalentPool(CandidateId candidate) {
        Record r = current(candidate, Basis.TALENT_POOL_CONSENT);
        return r != null && r.given();
    }

    /** Everything recorded for a candidate, oldest first. */
    public List<Record> of(CandidateId candidate) {
        return jdbc.sql("select basis, given, notice_version, at, by_user from lawful_bases where candidate_id = ? order by id")
                .param(candidate.value()).query((rs, n) -> new Record(Basis.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant(), (Long) rs.getObject(5))).list();
    }

    private @Nullable Record current(CandidateId candidate, Basis basis) {
        return of(candidate).stream().filter(r -> r.basis() == basis).reduce((a, b) -> b).orElse(null);
    }

    private void insert(CandidateId candidate, Basis basis, boolean given, @Nullable Long by) {
        jdbc.sql("insert into lawful_bases (candidate_id, basis, given, notice_version, at, by_user) values (?, ?, ?, ?, ?, ?)")
                .params(candidate.value(), basis.name(), given, notices.version(), Timestamp.from(clock.instant()), by).update();
    }
}
