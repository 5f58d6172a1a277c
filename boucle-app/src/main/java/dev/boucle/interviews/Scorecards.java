package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.RoundId;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.UserId;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting scorecards and reading them without breaking independence: nobody on a stage's
 * panel sees another panelist's scorecard for that candidate until the whole panel has
 * submitted, or the hiring manager closed the stage (which is recorded).
 */
@Service
public class Scorecards {

    static final int MAX_EVIDENCE = 5000;
    private final ScorecardStore store;
    private final Interviews interviews;
    private final ApplicationDetails details;
    private final MovingApplications moves;
    private final HiringAccess access;
    private final Rubrics rubrics;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Scorecards(ScorecardStore store, Interviews interviews, ApplicationDetails details, MovingApplications moves,
            HiringAccess access, Rubrics rubrics, JdbcClient jdbc, Clock clock,
            ApplicationEventPublisher events) {
        this.store = store;
        this.interviews = interviews;
        this.details = details;
        this.moves = moves;
        this.access = access;
        this.rubrics = rubrics;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A scorecard as submitted. The amendment reason is needed only once the stage's scorecards
     * are revealed (the panel read each other's): a version written then is an amendment.
     */
    public record Submission(Map<String, Integer> ratings, String recommendation, Map<String, String> evidence, String summary,
            String amendmentReason) {
        public Submission(Map<String, Integer> ratings, String recommendation, Map<String, String> evidence, String summary) {
            this(ratings, recommendation, evidence, summary, null);
        }
    }

    static final int MAX_AMENDMENT_REASON = 2000;

    /** What one reader may see of an application's scorecards, stage by stage. */
    public record Visible(Map<StageKind, StageState> stages, List<Scorecard> scorecards) {}

    public record StageState(boolean complete, boolean closedByManager, int expected, int submitted) {}

    @Transactional
    public Scorecard submit(long roundId, Submission input, CurrentUser interviewer) {
        Interviews.Row row = interviews.lock(roundId).orElseThrow(() -> new NotFound("interview", roundId));
        List<Long> panel = moves.panel(roundId);
        if (!panel.contains(interviewer.id())) throw new AccessDeniedException("not on this round's panel");
        ApplicationDetails.Details app = details.application(row.applicationId(), interviewer);
        if (app.position().status().closed()) throw new Conflict("interview.refused.closed");
        Round round = app.rounds().stream().filter(r -> r.id() == roundId).findFirst().orElseThrow();
        if (round.status() == Round.Status.WAIVED) throw new Conflict("scorecard.refused.waived");
        // After the reveal a panelist may have read the others: a new version is an amendment,
        // kept beside the original with its reason, never a silent replacement.
        StageState stage = stageStates(app).get(round.stage());
        String amendment = null;
        if (stage != null && stage.complete()) {
            amendment = blankToNull(input.amendmentReason());
            if (amendment == null) throw new Conflict("scorecard.refused.revealed");
            if (amendment.length() > MAX_AMENDMENT_REASON) {
                throw new BadInput(Map.of("amendmentReason", "scorecard.amendment.too-long"), "scorecard.amendment.too-long");
            }
        }
        Rubric rubric = rubrics.of(round.type()).orElseThrow();
        Map<String, String> errors = check(input, rubric);
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        Map<String, String> evidence = new LinkedHashMap<>();
        input.evidence().forEach((k, v) -> evidence.put(k, v.strip()));
        store.insert(roundId, row.applicationId(), interviewer.id(), input.ratings(), evidence,
                Scorecard.Recommendation.valueOf(input.recommendation()), blankToNull(input.summary()), row.aiPolicy(),
                row.questionId(), row.questionVersion(), clock.instant(), amendment);
        events.publishEvent(new ScorecardSubmitted(new RoundId(roundId), new ApplicationId(row.applicationId()), new UserId(interviewer.id()),
                amendment != null, clock.instant(), row.questionId()));
        if (store.submitters(roundId).containsAll(panel)) moves.completeFromScorecards(row.applicationId(), roundId, interviewer);
        List<Scorecard> mine = store.ofApplication(row.applicationId()).stream()
                .filter(s -> s.roundId() == roundId && s.interviewerId() == interviewer.id()).toList();
        return mine.getLast();
    }

    @Transactional(readOnly = true)
    public Visible visibleTo(long applicationId, CurrentUser reader) {
        ApplicationDetails.Details app = details.application(applicationId, reader);
        Map<StageKind, StageState> stages = stageStates(app);
        boolean panelistOfOpenStage = false;
        for (Round r : app.rounds()) {
            StageState state = stages.get(r.stage());
            if (state != null && !state.complete() && moves.panel(r.id()).contains(reader.id())) panelistOfOpenStage = true;
        }
        if (panelistOfOpenStage) throw new AccessDeniedException("scorecards stay hidden until the whole panel has submitted");
        Map<Long, StageKind> stageOfRound = new LinkedHashMap<>();
        app.rounds().forEach(r -> stageOfRound.put(r.id(), r.stage()));
        boolean reviewer = reader.in(Team.REVIEW);
        List<Scorecard> visible = new ArrayList<>();
        for (Scorecard s : store.ofApplication(applicationId)) {
            StageState state = stages.get(stageOfRound.get(s.roundId()));
            boolean own = s.interviewerId() == reader.id();
            if (own || (state != null && state.complete() && (reviewer || isPanelist(app, reader)))) visible.add(s);
        }
        return new Visible(stages, visible);
    }

    /** An interviewer's own versions for one round: always visible to their author. */
    @Transactional(readOnly = true)
    public List<Scorecard> own(long applicationId, long roundId, CurrentUser author) {
        details.application(applicationId, author);
        return store.ofApplication(applicationId).stream()
                .filter(s -> s.roundId() == roundId && s.interviewerId() == author.id()).toList();
    }

    /** The hiring manager closes a stage whose panel is not all in; the closure is recorded with a reason. */
    @Transactional
    public void closeStage(long applicationId, StageKind stage, String reason, CurrentUser manager) {
        if (!(manager.has(Role.HIRING_MANAGER) && access.canMoveApplication(manager, applicationId)) && !manager.has(Role.ADMIN)) {
            throw new AccessDeniedException("only the job's hiring manager closes a stage");
        }
        if (reason == null || reason.isBlank()) throw new BadInput(Map.of("reason", "stage.close.reason-required"), "stage.close.reason-required");
        ApplicationDetails.Details app = details.application(applicationId, manager);
        StageState state = stageStates(app).get(stage);
        if (state == null) throw new Conflict("stage.close.no-rounds");
        if (state.complete()) throw new Conflict("stage.close.already");
        jdbc.sql("insert into stage_closures (application_id, stage, closed_by, closed_at, reason) values (?, ?, ?, now(), ?)")
                .params(applicationId, stage.name(), manager.id(), reason.strip()).update();
    }

    /** For each gated stage with rounds: is its panel complete (or closed), and how many scorecards are in. */
    Map<StageKind, StageState> stageStates(ApplicationDetails.Details app) {
        Set<String> closed = Set.copyOf(jdbc.sql("select stage from stage_closures where application_id = ?").param(app.id())
                .query(String.class).list());
        Map<StageKind, int[]> counts = new EnumMap<>(StageKind.class);
        for (Round r : app.rounds()) {
            if (!r.stage().gated() || r.status() == Round.Status.WAIVED) continue;
            List<Long> panel = moves.panel(r.id());
            Set<Long> in = store.submitters(r.id());
            int[] c = counts.computeIfAbsent(r.stage(), k -> new int[2]);
            c[0] += Math.max(panel.size(), 1); // a round with no panel yet still expects a scorecard
            c[1] += (int) panel.stream().filter(in::contains).count();
        }
        Map<StageKind, StageState> states = new EnumMap<>(StageKind.class);
        counts.forEach((stage, c) -> {
            boolean byManager = closed.contains(stage.name());
            states.put(stage, new StageState(c[1] >= c[0] || byManager, byManager, c[0], c[1]));
        });
        return states;
    }

    private boolean isPanelist(ApplicationDetails.Details app, CurrentUser reader) {
        return app.rounds().stream().anyMatch(r -> moves.panel(r.id()).contains(reader.id()));
    }

    static Map<String, String> check(Submission input, Rubric rubric) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Integer> ratings = input.ratings() == null ? Map.of() : input.ratings();
        Map<String, String> evidence = input.evidence() == null ? Map.of() : input.evidence();
        if (!ratings.keySet().equals(Set.copyOf(rubric.keys()))) errors.put("ratings", "scorecard.ratings.competencies");
        for (var e : ratings.entrySet()) {
            if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 4) errors.put("ratings." + e.getKey(), "scorecard.rating.range");
        }
        for (String key : rubric.keys()) {
            String text = evidence.get(key);
            if (text == null || text.isBlank()) errors.put("evidence." + key, "scorecard.evidence.missing");
            else if (text.length() > MAX_EVIDENCE) errors.put("evidence." + key, "scorecard.evidence.too-long");
        }
        for (String key : evidence.keySet()) if (!rubric.keys().contains(key)) errors.put("evidence." + key, "scorecard.evidence.unknown");
        try {
            Scorecard.Recommendation.valueOf(String.valueOf(input.recommendation()));
        } catch (IllegalArgumentException e) {
            errors.put("recommendation", "scorecard.recommendation.invalid");
        }
        if (input.summary() != null && input.summary().length() > MAX_EVIDENCE) errors.put("summary", "scorecard.evidence.too-long");
        return errors;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
