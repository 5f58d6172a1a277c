package dev.boucle.privacy;

import dev.boucle.coding.SubmissionJudged;
import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.PanelRound;
import dev.boucle.hiring.Panels;
import dev.boucle.interviews.ScoresCalibrated;
import dev.boucle.platform.ComputationRecords.Kind;
import dev.boucle.scheduling.LoopPlanned;
import dev.boucle.scheduling.ProposedPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the engines' events into records of the log of computed results, in the transaction that
 * stores each result. Inputs name things by id, version and hash (the code's SHA-256, never the
 * code); ids that lead back to the person go under {@code refs}, which erasure takes out.
 */
@Component
class ComputationLogging {

    private final Computations computations;
    private final Panels panels;
    private final ApplicationIndex applications;

    ComputationLogging(Computations computations, Panels panels, ApplicationIndex applications) {
        this.computations = computations;
        this.panels = panels;
        this.applications = applications;
    }

    /** The judge's verdict on a round's submission. The problems ship inside the judge's jar, whose build versions them. */
    @EventListener
    void judged(SubmissionJudged e) {
        List<PanelRound> rounds = panels.rounds(List.of(e.round()));
        if (rounds.isEmpty()) return;
        PanelRound round = rounds.getFirst();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("refs", ordered("submissionId", e.submissionId(), "roundId", e.round().value()));
        inputs.put("roundType", round.type());
        inputs.put("problemId", e.problemId());
        inputs.put("problemVersion", e.judgeVersion());
        inputs.put("language", e.language());
        inputs.put("sourceSha256", e.sourceSha256());
        inputs.put("submittedBy", e.byCandidate() ? "CANDIDATE" : "STAFF");
        Map<String, Object> output = ordered("verdict", e.verdict().name(), "samplesPassed", e.samplesPassed(), "samples", e.samples(),
                "hiddenPassed", e.hiddenPassed(), "hidden", e.hidden());
        computations.record(new Computations.Entry(Kind.JUDGE_VERDICT, "boucle-judge", e.judgeVersion(), round.candidate().value(),
                round.application().value(), e.submissionId(), inputs, output));
    }

    /** Calibrated scores of a packet: logged once per application for each distinct set of inputs. */
    @EventListener
    void calibrated(ScoresCalibrated e) {
        long candidate = applications.candidateOf(e.application()).map(CandidateId::value).orElseThrow();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("refs", Map.of("scorecards", e.lines().stream().map(l -> ordered("scorecardId", l.scorecardId(), "roundId", l.roundId())).toList()));
        inputs.put("settings", ordered("priorStrength", e.priorStrength(), "maxIterations", e.maxIterations(), "tolerance", e.tolerance()));
        inputs.put("ratings", e.lines().stream().map(l -> ordered("interviewerId", l.interviewerId(), "roundType", l.roundType(),
                "raw", l.raw(), "leniency", l.leniency(), "leniencyScorecards", l.leniencyScorecards())).toList());
        Map<String, Object> output = ordered("scores", e.lines().stream()
                .map(l -> ordered("calibrated", l.calibrated(), "explanation", l.explanation())).toList());
        computations.recordOnce(new Computations.Entry(Kind.CALIBRATED_SCORE, "boucle-calibration", e.modelVersion(), candidate,
                e.application().value(), e.application().value(), inputs, output));
    }

    /** A plan the scheduler suggested for a loop: a summary of it, the rest is the schedule's own row. */
    @EventListener
    void planned(LoopPlanned e) {
        long candidate = applications.candidateOf(e.application()).map(CandidateId::value).orElseThrow();
        ProposedPlan plan = e.plan();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("refs", ordered("scheduleId", e.scheduleId(), "roundIds", e.rounds(),
                "pins", e.pins().stream().map(p -> ordered("roundId", p.roundId(), "interviewerId", p.interviewerId(),
                        "start", p.start().toString())).toList()));
        inputs.put("stage", e.stage().name());
        inputs.put("rounds", e.rounds().size());
        inputs.put("pinned", e.pins().size());
        inputs.put("settings", ordered("solveLimitSeconds", e.solveLimit().toSeconds(), "minBreakMinutes", e.minBreakMinutes(),
                "horizonDays", e.horizonDays()));
        Map<String, Object> output = ordered("placed", plan.slots().size(), "unplaced", plan.unplaced().size(), "feasible", plan.feasible(),
                "score", ordered("hard", plan.hard(), "medium", plan.medium(), "soft", plan.soft()), "solver", plan.solver(),
                "millis", plan.millis(), "interviewers", plan.slots().stream().map(ProposedPlan.Slot::interviewerId).distinct().sorted().toList());
        computations.record(new Computations.Entry(Kind.SCHEDULE_SUGGESTION, "boucle-scheduler", e.schedulerVersion(), candidate,
                e.application().value(), e.scheduleId(), inputs, output));
    }

    /** A map that keeps the order its pairs are given in, so equal inputs write equal JSON. */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], pairs[i + 1]);
        return map;
    }
}
