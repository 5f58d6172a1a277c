package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.HiringPersonalData;
import dev.boucle.platform.Refusal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention rules, applied by the daily job or on demand. A dry run says who would be
 * affected, by which rule and why, and changes nothing; a real run erases through {@link Erasure}
 * (one transaction per candidate, so one refusal does not stop the rest) and asks for consent
 * renewals. A candidate under a legal hold is listed as held and left alone.
 */
@Service
public class Retention {

    public enum Action { ERASE, ASK_RENEWAL, HELD, REFUSED }

    /** One candidate the rules reach: what is (or would be) done, under which rule, and why in words. */
    public record Affected(long candidateId, String rule, Action action, String office, String reason) {}

    public record Report(boolean dryRun, Instant at, List<Affected> affected) {}

    private final HiringPersonalData hiring;
    private final LawfulBases bases;
    private final LegalHolds holds;
    private final Erasure erasure;
    private final RetentionPolicies policies;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    Retention(HiringPersonalData hiring, LawfulBases bases, LegalHolds holds, Erasure erasure, RetentionPolicies policies,
            MessageSource messages, ApplicationEventPublisher events, JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.hiring = hiring;
        this.bases = bases;
        this.holds = holds;
        this.erasure = erasure;
        this.policies = policies;
        this.messages = messages;
        this.events = events;
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    Report run(boolean dryRun, Locale locale) {
        Instant now = clock.instant();
        List<Affected> affected = new ArrayList<>();
        Map<Long, Instant> consents = bases.consentsGiven();
        int shortest = policies.loaded().all().stream().mapToInt(RetentionPolicies.Policy::rejectedMonths)
                .min().orElse(policies.loaded().fallback().rejectedMonths());
        shortest = Math.min(shortest, policies.loaded().fallback().rejectedMonths());
        for (HiringPersonalData.ClosedCandidacy c : hiring.closedBefore(minusMonths(now, shortest))) {
            RetentionPolicies.Policy p = policies.of(c.office());
            if (!c.lastClosedAt().isBefore(minusMonths(now, p.rejectedMonths()))) continue;
            Instant consent = consents.get(c.candidate().value());
            if (consent != null && consent.isAfter(minusMonths(now, p.consentMonths()))) continue; // in the talent pool
            Erasure.Rule rule = consent == null ? Erasure.Rule.REJECTED_RETENTION : Erasure.Rule.CONSENT_LAPSED;
            String why = consent == null
                    ? t(locale, "privacy.retention.why.closed", day(c.lastClosedAt()), c.office(), p.rejectedMonths())
                    : t(locale, "privacy.retention.why.lapsed", day(c.lastClosedAt()), c.office(), p.rejectedMonths(),
                            day(plusMonths(consent, p.consentMonths())));
            affected.add(eraseOrHold(c.candidate(), rule, c.office(), why, dryRun, locale));
        }
        affected.addAll(renewals(consents, now, dryRun, locale));
        affected.sort(Comparator.comparing(Affected::candidateId));
        return new Report(dryRun, now, List.copyOf(affected));
    }

    private Affected eraseOrHold(CandidateId candidate, Erasure.Rule rule, String office, String why, boolean dryRun, Locale locale) {
        var hold = holds.of(candidate);
        if (hold.isPresent()) return new Affected(candidate.value(), rule.name(), Action.HELD, office, why + " " + t(locale, "privacy.retention.held"));
        if (dryRun) return new Affected(candidate.value(), rule.name(), Action.ERASE, office, why);
        try {
            erasure.erase(candidate, null, rule);
            return new Affected(candidate.value(), rule.name(), Action.ERASE, office, why);
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            return new Affected(candidate.value(), rule.name(), Action.REFUSED, office, messages.getMessage(r.messageKey(), r.args(), locale));
        }
    }

    /** Consents that lapse within their office's notice period, and whose candidate was not yet asked for this consent. */
    private List<Affected> renewals(Map<Long, Instant> consents, Instant now, boolean dryRun, Locale locale) {
        Map<Long, String> offices = hiring.latestOffice(consents.keySet());
        Set<String> asked = new HashSet<>(jdbc.sql("select candidate_id || ':' || floor(extract(epoch from consent_at))::bigint from consent_renewals")
                .query(String.class).list());
        List<Affected> out = new ArrayList<>();
        for (var consent : consents.entrySet()) {
            String office = offices.getOrDefault(consent.getKey(), "*");
            RetentionPolicies.Policy p = policies.of(office);
            Instant lapses = plusMonths(consent.getValue(), p.consentMonths());
            if (now.isBefore(lapses.minusSeconds(86_400L * p.renewalNoticeDays())) || !now.isBefore(lapses)) continue;
            if (asked.contains(consent.getKey() + ":" + consent.getValue().getEpochSecond())) continue;
            out.add(new Affected(consent.getKey(), "CONSENT_RENEWAL", Action.ASK_RENEWAL, office,
                    t(locale, "privacy.retention.why.renewal", day(consent.getValue()), day(lapses))));
            if (dryRun) continue;
            tx.executeWithoutResult(s -> {
                int inserted = jdbc.sql("""
                        insert into consent_renewals (candidate_id, consent_at, asked_at) values (?, ?, ?) on conflict do nothing""")
                        .params(consent.getKey(), Timestamp.from(consent.getValue()), Timestamp.from(now)).update();
                if (inserted == 1) events.publishEvent(new ConsentRenewalDue(new CandidateId(consent.getKey()), lapses));
            });
        }
        return out;
    }

    private static Instant minusMonths(Instant at, int months) {
        return at.atZone(ZoneOffset.UTC).minusMonths(months).toInstant();
    }

    private static Instant plusMonths(Instant at, int months) {
        return at.atZone(ZoneOffset.UTC).plusMonths(months).toInstant();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
