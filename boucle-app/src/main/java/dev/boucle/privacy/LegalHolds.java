package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.platform.BadInput;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: while a dispute or a claim is open, a candidate's data must be kept, so erasure and
 * retention refuse with the hold's reason. An admin places and lifts them; both are audited (the
 * reason itself stays out of the log, which holds codes only).
 */
@Service
public class LegalHolds {

    public record Hold(long candidateId, String reason, long placedBy, Instant placedAt) {}

    static final int MAX_REASON = 2000;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    LegalHolds(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Hold> of(CandidateId candidate) {
        return jdbc.sql("select candidate_id, reason, placed_by, placed_at from legal_holds where candidate_id = ?").param(candidate.value())
                .query((rs, n) -> new Hold(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant())).optional();
    }

    /** Places or replaces the hold; the reason is required, since it is what stops an erasure. */
    @Transactional
    public Hold place(CandidateId candidate, String reason, long admin) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) throw new BadInput(Map.of("reason", "privacy.hold.reason-required"), "privacy.hold.reason-required");
        if (r.length() > MAX_REASON) throw new BadInput(Map.of("reason", "privacy.hold.reason-long"), "privacy.hold.reason-long", MAX_REASON);
        jdbc.sql("""
                insert into legal_holds (candidate_id, reason, placed_by, placed_at) values (?, ?, ?, ?)
                on conflict (candidate_id) do update set reason = excluded.reason, placed_by = excluded.placed_by,
                       placed_at = excluded.placed_at""")
                .params(candidate.value(), r, admin, Timestamp.from(clock.instant())).update();
        audit.record(admin, AuditLog.Action.CHANGE, "legal-hold", candidate.value(), candidate.value(), AuditLog.Reason.COMPLIANCE);
        return of(candidate).orElseThrow();
    }

    /** Lifts the hold; whether there was one. */
    @Transactional
    public boolean lift(CandidateId candidate, long admin) {
        boolean lifted = jdbc.sql("delete from legal_holds where candidate_id = ?").param(candidate.value()).update() > 0;
        if (lifted) audit.record(admin, AuditLog.Action.CHANGE, "legal-hold", candidate.value(), candidate.value(), AuditLog.Reason.COMPLIANCE);
        return lifted;
    }
}
