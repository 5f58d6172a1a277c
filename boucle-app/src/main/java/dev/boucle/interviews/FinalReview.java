package dev.boucle.interviews;

import dev.boucle.hiring.Action;
import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.calibration.CalibratedScore;
import dev.boucle.interviews.calibration.CalibrationResult;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.UserId;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The final review: a packet per candidate, committee votes (dissent kept), and one decision
 * by a named person. Boucle never decides: it gathers, computes what it is asked to (labelled
 * as computed), and records who decided what, when and why.
 */
@Service
public class FinalReview {

    public enum Verdict { HIRE, NO_HIRE, MORE_DATA }

    public record Vote(long voterId, String voter, Verdict vote, String rationale, Instant at, boolean latest) {}

    public record Decision(Verdict decision, String level, String rationale, String decidedBy, Instant at, List<String> addedRounds) {}

    public record Flag(String code, String messageKey, List<String> args) {}

    /**
     * One panelist's score for one round: the latest version, and when that is an amendment
     * written after the reveal, the score submitted before it and the reason given. A calibrated
     * score is labelled as computed, with the id of its record in the log of computed results.
     */
    public record ScoreLine(long scorecardId, long roundId, String roundType, String interviewer, double raw, Double calibrated,
            String explanation, Double beforeReveal, String amendmentReason, boolean computed, Long computationId) {}

    public record Packet(ApplicationDetails.Details application, List<Interview> interviews, Scorecards.Visible scorecards,
            List<ScoreLine> scores, List<Flag> flags, List<Vote> votes, List<Decision> decisions, boolean canDecide,
            String decisionBlockedKey) {}

    public record DecisionRequest(String decision, String level, String rationale, List<String> rounds) {}

    private final ApplicationDetails details;
    private final InterviewPlanning planning;
    private final Scorecards scorecards;
    private final Calibrated calibrated;
    private final ComputedScores computed;
    private final MovingApplications moves;
    private final HiringAccess access;
    private final ProcessCatalog catalog;
    private final CommitteeRecord record;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FinalReview(ApplicationDetails details, InterviewPlanning planning, Scorecards scorecards, Calibrated calibrated,
            ComputedScores computed, MovingApplications moves, HiringAccess access, ProcessCatalog catalog, CommitteeRecord record,
            Clock clock, ApplicationEventPublisher events) {
        this.details = details;
        this.planning = planning;
        this.scorecards = scorecards;
        this.calibrated = calibrated;
        this.computed = computed;
        this.moves = moves;
        this.access = access;
        this.catalog = catalog;
        this.record = record;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public Packet packet(long applicationId, CurrentUser reader) {
        if (!reader.in(Team.REVIEW)) {
            throw new AccessDeniedException("the packet is for the hiring manager, the committee and recruiters");
        }
        ApplicationDetails.Details app = details.application(applicationId, reader);
        List<Interview> interviews = planning.of(applicationId, reader);
        Scorecards.Visible visible = scorecards.visibleTo(applicationId, reader);
        CalibrationResult calibration = calibrated.current();
        List<ScoreLine> scores = new ArrayList<>();
        List<Scorecard> latest = latestOnly(visible.scorecards());
        java.util.function.LongFunction<String> typeOf = round -> interviews.stream().filter(i -> i.id() == round)
                .map(Interview::roundType).findFirst().orElse("?");
        Long computation = computed.logged(applicationId, calibration, latest, typeOf);
        for (Scorecard s : latest) {
            CalibratedScore c = calibration.byScorecard().get(String.valueOf(s.id()));
            String type = typeOf.apply(s.roundId());
            Double original = s.amendment() ? visible.scorecards().stream()
                    .filter(o -> o.roundId() == s.roundId() && o.interviewerId() == s.interviewerId() && !o.amendment())
                    .reduce((a, b) -> b).map(Scorecard::mean).orElse(null) : null;
            scores.add(new ScoreLine(s.id(), s.roundId(), type, s.interviewerName(), s.mean(), c == null ? null : c.calibrated(),
                    c == null ? null : c.explanation(), original, s.amendmentReason(), c != null, c == null ? null : computation));
        }
        String blocked = blockedReason(app);
        boolean canDecide = blocked == null && mayDecide(reader, applicationId);
        return new Packet(app, interviews, visible, scores, flags(app, interviews), record.votes(applicationId), record.decisions(applicationId),
                canDecide, blocked);
    }

    @Transactional
    public Vote vote(long applicationId, String vote, String rationale, CurrentUser voter) {
        if (!mayDecide(voter, applicationId)) throw new AccessDeniedException("only the committee and the hiring manager vote");
        Verdict verdict = verdict(vote);
        if (rationale == null || rationale.isBlank()) throw new BadInput(Map.of("rationale", "review.rationale.required"), "review.rationale.required");
        ApplicationDetails.Details app = details.application(applicationId, voter);
        if (app.position().stage() != StageKind.FINAL_REVIEW || app.position().status().closed()) throw new Conflict("review.refused.not-in-review");
        Instant at = clock.instant();
        record.vote(applicationId, voter.id(), verdict, rationale.strip(), at);
        return new Vote(voter.id(), voter.name(), verdict, rationale.strip(), at, true);
    }

    @Transactional
    public Decision decide(long applicationId, DecisionRequest request, CurrentUser decider) {
        if (!mayDecide(decider, applicationId)) throw new AccessDeniedException("only the hiring manager or the committee decides");
        Verdict verdict = verdict(request.decision());
        String rationale = request.rationale() == null ? "" : request.rationale().strip();
        if (rationale.isEmpty()) throw new BadInput(Map.of("rationale", "review.rationale.required"), "review.rationale.required");
        if (verdict == Verdict.HIRE && (request.level() == null || catalog.current().level(request.level()).isEmpty())) {
            throw new BadInput(Map.of("level", "review.level.required"), "review.level.required");
        }
        List<String> rounds = request.rounds() == null ? List.of() : request.rounds();
        if (verdict == Verdict.MORE_DATA && rounds.isEmpty()) throw new BadInput(Map.of("rounds", "review.rounds.required"), "review.rounds.required");
        ApplicationDetails.Details app = details.application(applicationId, decider);
        String blocked = blockedReason(app);
        if (blocked != null) throw new Conflict(blocked);
        switch (verdict) {
            case HIRE -> moves.moveDecided(applicationId, Action.ADVANCE, rationale, decider);
            case NO_HIRE -> moves.moveDecided(applicationId, Action.REJECT, rationale, decider);
            case MORE_DATA -> moves.addRounds(applicationId, rounds, rationale, decider);
        }
        Instant at = clock.instant();
        record.decide(applicationId, verdict, verdict == Verdict.HIRE ? request.level() : null, rationale, decider.id(), at,
                verdict == Verdict.MORE_DATA ? rounds : List.of());
        events.publishEvent(new DecisionRecorded(new ApplicationId(applicationId), verdict.name(), new UserId(decider.id()), at));
        return new Decision(verdict, verdict == Verdict.HIRE ? request.level() : null, rationale, decider.name(), at,
                verdict == Verdict.MORE_DATA ? rounds : List.of());
    }

    /** Why no decision can be taken yet, as a message key, or null when one can. */
    String blockedReason(ApplicationDetails.Details app) {
        if (app.position().status().closed()) return "review.refused.closed";
        if (app.position().stage() != StageKind.FINAL_REVIEW) return "review.refused.not-in-review";
        for (Round r : app.rounds()) {
            if ((r.stage() == StageKind.ONSITE_LOOP || r.stage() == StageKind.FINAL_REVIEW) && r.status() == Round.Status.OPEN) {
                return "review.refused.scorecards-missing";
            }
        }
        return null;
    }

    private boolean mayDecide(CurrentUser user, long applicationId) {
        return user.has(Role.COMMITTEE) || (user.has(Role.HIRING_MANAGER) && access.canMoveApplication(user, applicationId));
    }

    private List<Flag> flags(ApplicationDetails.Details app, List<Interview> interviews) {
        List<Flag> flags = new ArrayList<>();
        for (Round r : app.rounds()) {
            if (r.stage().gated() && r.status() == Round.Status.WAIVED) {
                flags.add(new Flag("ROUND_WAIVED", "review.flag.waived", List.of(r.type(), String.valueOf(r.resolvedByName()),
                        String.valueOf(r.note()))));
            }
            if (r.stage().gated() && r.status() == Round.Status.OPEN) flags.add(new Flag("ROUND_MISSING", "review.flag.missing", List.of(r.type())));
        }
        for (Interview i : interviews) {
            for (Interview.Warning w : i.warnings()) flags.add(new Flag(w.code(), w.detailKey(), w.args()));
        }
        return flags;
    }

    private static List<Scorecard> latestOnly(List<Scorecard> all) {
        Map<String, Scorecard> latest = new java.util.LinkedHashMap<>();
        for (Scorecard s : all) latest.merge(s.roundId() + ":" + s.interviewerId(), s, (a, b) -> b.version() > a.version() ? b : a);
        return List.copyOf(latest.values());
    }

    private static Verdict verdict(String raw) {
        try {
            return Verdict.valueOf(String.valueOf(raw).strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadInput(Map.of("decision", "review.decision.invalid"), "review.decision.invalid");
        }
    }
}
