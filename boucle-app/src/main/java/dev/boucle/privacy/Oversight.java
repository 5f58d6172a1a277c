package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.interviews.DecisionRecorded;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of human oversight (AI Act Art. 14, 26(2)): a person says they reviewed a computed
 * result and whether they followed it; a decision at the final review counts as its decider's
 * review of the application's calibrated scores. Reasons are codes; a note is the reviewer's own
 * short words, which must not describe the candidate (and are erased with them all the same).
 */
@Service
public class Oversight {

    public enum Reason { REVIEWED, DECISION_RECORDED }

    /** One review: by whom, followed or not (null: the result recommends nothing to follow), why, when. */
    public record Review(long id, long computationId, long reviewerId, @Nullable Boolean followed, Reason reason, @Nullable String note,
            Instant at) {}

    /** A computation with the people who reviewed it; always labelled {@code computed}, for whoever reads it. */
    public record Reviewed(Computations.Computation computation, boolean computed, List<Review> reviews) {}

    static final int NOTE_LIMIT = 200;
    private final JdbcClient jdbc;
    private final Computations computations;
    private final ApplicationDetails details;
    private final Clock clock;

    Oversight(JdbcClient jdbc, Computations computations, ApplicationDetails details, Clock clock) {
        this.jdbc = jdbc;
        this.computations = computations;
        this.details = details;
        this.clock = clock;
    }

    /** A staff member with a relation to the candidate reviewed a computation (403 without one, 404 for none or an erased one). */
    @Transactional
    public Review review(long computationId, @Nullable Boolean followed, @Nullable String note, CurrentUser reviewer) {
        Computations.Computation c = computations.byId(computationId).orElseThrow(() -> new NotFound("computation", computationId));
        if (c.applicationId() == null) throw new NotFound("computation", computationId);
        details.application(c.applicationId(), reviewer);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > NOTE_LIMIT) throw new BadInput(Map.of("note", "aiact.note.too-long"), "aiact.note.too-long", NOTE_LIMIT);
        return insert(computationId, reviewer.id(), followed, Reason.REVIEWED, text);
    }

    /**
     * A decision was recorded: its decider reviewed each calibrated score of the application.
     * Calibration corrects scores and recommends no verdict, so there is nothing to have followed.
     */
    @EventListener
    void decided(DecisionRecorded e) {
        for (long computation : computations.calibrationsOf(e.application().value())) {
            insert(computation, e.decider().value(), null, Reason.DECISION_RECORDED, e.decision());
        }
    }

    public List<Reviewed> reviewed(List<Computations.Computation> all) {
        List<Review> reviews = of(all.stream().map(Computations.Computation::id).toList());
        return all.stream().map(c -> new Reviewed(c, true, reviews.stream().filter(r -> r.computationId() == c.id()).toList())).toList();
    }

    public List<Review> of(Collection<Long> computationIds) {
        if (computationIds.isEmpty()) return List.of();
        return jdbc.sql("select id, computation_id, reviewer_id, followed, reason, note, at from oversight where computation_id = any(?) order by id")
                .param(computationIds.toArray(Long[]::new))
                .query((rs, n) -> new Review(rs.getLong(1), rs.getLong(2), rs.getLong(3), (Boolean) rs.getObject(4),
                        Reason.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    /** The notes of a person's records go with them; who reviewed, when and whether they followed stays. */
    int forgetNotes(Collection<Long> computationIds) {
        if (computationIds.isEmpty()) return 0;
        return jdbc.sql("update oversight set note = null where computation_id = any(?) and note is not null")
                .param(computationIds.toArray(Long[]::new)).update();
    }

    private Review insert(long computationId, long reviewer, @Nullable Boolean followed, Reason reason, @Nullable String note) {
        Instant at = clock.instant();
        long id = jdbc.sql("""
                insert into oversight (computation_id, reviewer_id, followed, reason, note, at) values (?, ?, ?, ?, ?, ?) returning id""")
                .params(computationId, reviewer, followed, reason.name(), note, Timestamp.from(at)).query(Long.class).single();
        return new Review(id, computationId, reviewer, followed, reason, note, at);
    }
}
