package dev.boucle.coding;

import dev.boucle.coding.Submission.Status;
import dev.boucle.coding.Submission.TestRun;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.RoundId;
import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * What staff and candidates do with coding rounds: open a round's pad on a problem, submit code,
 * read results. Staff see every test of a submission they may see (their own, or one of a round
 * of a candidate they may see); the candidate, through the pad's link, sees the sample tests in
 * full and of the hidden ones only how many passed.
 */
@Service
public class CodingRounds {

    /** Sends per pad; a round lasts an hour, this is well above honest use. */
    static final int MAX_PER_PAD = 100;
    /** Runs one person on staff may have waiting at once, so that nobody can starve the candidates' pads. */
    static final int MAX_IN_FLIGHT_PER_USER = 5;

    private final SubmissionQueue queue;
    private final ProblemBank bank;
    private final JudgeEngine engine;
    private final Pads pads;
    private final InterviewPlanning planning;
    private final HiringAccess access;

    CodingRounds(SubmissionQueue queue, ProblemBank bank, JudgeEngine engine, Pads pads, InterviewPlanning planning,
            HiringAccess access) {
        this.queue = queue;
        this.bank = bank;
        this.engine = engine;
        this.pads = pads;
        this.planning = planning;
        this.access = access;
    }

    /** The candidate's view of a submission. */
    public record CandidateResult(long id, Status status, Verdict verdict, String compileOutput, List<TestRun> samples,
            long hiddenPassed, long hiddenTotal) {}

    /** A pad seen through its link: the round's pad and its problem. */
    public record PadSession(Pad pad, CodingProblem problem) {}

    public long submit(String problemId, String language, String source, Long roundId, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problemId == null || bank.find(problemId).isEmpty()) errors.put("problemId", "coding.problem.unknown");
        check(language, source, errors);
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        if (roundId != null) interview(roundId, user);
        if (queue.waitingOrRunningBy(user.id()) >= MAX_IN_FLIGHT_PER_USER) throw new Conflict("coding.busy", MAX_IN_FLIGHT_PER_USER);
        return queue.enqueue(problemId, language, source, roundId, user.id());
    }

    public Submission submission(long id, CurrentUser user) {
        Submission s = queue.find(id).orElseThrow(() -> new NotFound("submission", id));
        boolean mine = s.submittedBy() != null && s.submittedBy() == user.id();
        if (!mine && !user.has(Role.ADMIN) && (s.roundId() == null || !canSeeRound(s.roundId(), user))) {
            throw new AccessDeniedException("not a submission of a candidate this user may see");
        }
        return s;
    }

    public List<Submission> ofRound(long roundId, CurrentUser user) {
        interview(roundId, user);
        return queue.ofRound(roundId);
    }

    public Optional<Pad> pad(long roundId, CurrentUser user) {
        interview(roundId, user);
        return pads.ofRound(roundId);
    }

    /** Opens the round's pad on a problem (or moves it to another) and returns the link's secret, shown once. */
    public String openPad(long roundId, String problemId, CurrentUser user) {
        Interview interview = interviewForPad(roundId, user);
        if (problemId == null || bank.find(problemId).isEmpty()) {
            throw new BadInput(Map.of("problemId", "coding.problem.unknown"), "problem.invalid-fields", "problemId");
        }
        return pads.open(roundId, problemId, interview.aiPolicy(), interview.language(), user.id());
    }

    public void closePad(long roundId, CurrentUser user) {
        interviewForPad(roundId, user);
        pads.close(roundId);
    }

    /** The round types that take a coding problem: those some problem of the bank is for. */
    public Set<String> codingRoundTypes() {
        return bank.all().values().stream().flatMap(p -> p.roundTypes().stream()).collect(Collectors.toSet());
    }

    /** The pad of a round as staff who may see the round see it, with its problem. */
    public PadSession staffPadSession(long roundId, CurrentUser user) {
        Pad pad = pad(roundId, user).orElseThrow(() -> new NotFound("pad", roundId));
        return new PadSession(pad, bank.find(pad.problemId()).orElseThrow(() -> new NotFound("problem", pad.problemId())));
    }

    /** Whether the round's pad takes edits and runs: opened, not closed. No access check (modules ask). */
    public boolean padOpen(RoundId round) {
        return pads.ofRound(round.value()).map(Pad::open).orElse(false);
    }

    /** The starter code of a problem per language id, for a new document or a switch of language. */
    public Map<String, String> starters(CodingProblem problem) {
        return StarterCode.forProblem(problem.problem(), engine.languages());
    }

    public List<dev.boucle.judge.language.Language> languages() {
        return engine.languages();
    }

    public PadSession padSession(String token) {
        Pad pad = pads.byToken(token).orElseThrow(() -> new NotFound("pad", "?"));
        return new PadSession(pad, bank.find(pad.problemId()).orElseThrow(() -> new NotFound("problem", pad.problemId())));
    }

    public long submitToPad(String token, String language, String source) {
        PadSession session = padSession(token);
        if (!session.pad().open()) throw new Conflict("coding.pad.closed");
        Map<String, String> errors = new LinkedHashMap<>();
        check(language, source, errors);
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        long round = session.pad().roundId();
        // One run at a time per candidate keeps a pad from flooding the queue.
        if (queue.waitingOrRunning(round, true) > 0) throw new Conflict("coding.pad.busy");
        if (queue.countOfRound(round) >= MAX_PER_PAD) throw new Conflict("coding.pad.limit", MAX_PER_PAD);
        return queue.enqueue(session.problem().id(), language, source, round, null);
    }

    /** One of the candidate's own submissions on this pad (code and language, to keep on screen). */
    public Submission candidateSubmission(String token, long submissionId) {
        PadSession session = padSession(token);
        return queue.find(submissionId)
                .filter(x -> x.byCandidate() && x.roundId() != null && x.roundId() == session.pad().roundId())
                .orElseThrow(() -> new NotFound("submission", submissionId));
    }

    public CandidateResult candidateResult(String token, long submissionId) {
        PadSession session = padSession(token);
        Submission s = candidateSubmission(token, submissionId);
        if (s.result() == null) return new CandidateResult(s.id(), s.status(), null, "", List.of(), 0, 0);
        List<TestRun> samples = s.result().tests().stream().filter(t -> session.problem().isSample(t.name())).toList();
        List<TestRun> hidden = s.result().tests().stream().filter(t -> !session.problem().isSample(t.name())).toList();
        return new CandidateResult(s.id(), s.status(), s.result().verdict(), s.result().compileOutput(), samples,
                hidden.stream().filter(t -> t.verdict() == Verdict.AC).count(), hidden.size());
    }

    private void check(String language, String source, Map<String, String> errors) {
        if (language == null || engine.language(language).isEmpty()) errors.put("language", "coding.language.unknown");
        if (source == null || source.isBlank()) errors.put("source", "coding.source.missing");
        else if (source.getBytes(StandardCharsets.UTF_8).length > Judge.MAX_SOURCE_BYTES) errors.put("source", "coding.source.too-large");
    }

    private Interview interview(long roundId, CurrentUser user) {
        return planning.one(roundId, user);
    }

    private boolean canSeeRound(long roundId, CurrentUser user) {
        try {
            planning.one(roundId, user);
            return true;
        } catch (AccessDeniedException | NotFound e) {
            return false;
        }
    }

    private Interview interviewForPad(long roundId, CurrentUser user) {
        Interview interview = interview(roundId, user);
        if (!access.canMoveApplication(user, interview.applicationId()) && !interview.hasPanelist(user.id())) {
            throw new AccessDeniedException("only the round's panel and its planners open its pad");
        }
        if (!codingRoundTypes().contains(interview.roundType())) throw new Conflict("coding.pad.not-coding", interview.roundType());
        return interview;
    }
}
