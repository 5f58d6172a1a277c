package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.HiringPersonalData;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a candidate (GDPR Art. 17), at their request or by a retention rule: in one transaction,
 * every module erases or anonymises its own tables on {@link ErasingCandidate}, the ledger records
 * the erasure by ids and a rule code, and the audit log an ERASE entry. It refuses, changing
 * nothing, under a legal hold, while an application is still open (it must be closed by a person
 * first, so no erasure ends a candidacy), and when it was done before.
 */
@Service
public class Erasure {

    /** Why a candidate was erased: their request, or the retention rule that applied. */
    public enum Rule { REQUEST, REJECTED_RETENTION, CONSENT_LAPSED }

    public record Erased(long candidateId, Instant erasedAt, Rule rule) {}

    private final JdbcClient jdbc;
    private final HiringPersonalData hiring;
    private final LegalHolds holds;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Erasure(JdbcClient jdbc, HiringPersonalData hiring, LegalHolds holds, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.hiring = hiring;
        this.holds = holds;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Erased erase(CandidateId candidate, @Nullable Long actor, Rule rule) {
        DataSubject subject = hiring.lock(candidate).orElseThrow(() -> new NotFound("candidate", candidate.value()));
        Optional<Instant> before = erasedAt(candidate);
        if (before.isPresent()) throw new Conflict("privacy.erase.already", candidate.value(), before.get().toString());
        holds.of(candidate).ifPresent(h -> {
            throw new Conflict("privacy.erase.held", candidate.value(), h.reason());
        });
        if (hiring.hasOpenApplication(candidate)) throw new Conflict("privacy.erase.open", candidate.value());
        jdbc.sql("select set_config('boucle.erasing', 'on', true)").query(String.class).single();
        events.publishEvent(new ErasingCandidate(subject));
        Instant now = clock.instant();
        jdbc.sql("insert into erasures (candidate_id, erased_at, erased_by, rule) values (?, ?, ?, ?)")
                .params(candidate.value(), Timestamp.from(now), actor, rule.name()).update();
        audit.record(actor, AuditLog.Action.ERASE, "candidate", candidate.value(), candidate.value(),
                rule == Rule.REQUEST ? AuditLog.Reason.CANDIDATE_REQUEST : AuditLog.Reason.RETENTION);
        jdbc.sql("select set_config('boucle.erasing', 'off', true)").query(String.class).single();
        return new Erased(candidate.value(), now, rule);
    }

    public Optional<Instant> erasedAt(CandidateId candidate) {
        return jdbc.sql("select erased_at from erasures where candidate_id = ?").param(candidate.value())
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }
}
