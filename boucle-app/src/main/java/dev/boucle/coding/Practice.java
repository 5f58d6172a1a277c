package dev.boucle.coding;

import dev.boucle.hiring.CandidateId;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The candidates' practice area: the practice set (never a problem of the live bank), run on the
 * same queue and sandbox as interviews, with the sample tests shown in full and the hidden ones as
 * a count, and a history of attempts. The caller (the portal) has established who the candidate is.
 */
@Service
public class Practice {

    /** At most this many of one candidate's attempts wait or run at once: the judge serves interviews first. */
    static final int MAX_IN_FLIGHT = 2;
    /** The history shows this many of the latest attempts. */
    static final int HISTORY = 50;

    /** An attempt as the candidate sees it: samples in full, hidden tests as a count. */
    public record Attempt(long id, String problemId, String language, Submission.Status status, Verdict verdict, Instant at,
            String compileOutput, List<Submission.TestRun> samples, long hiddenPassed, int hidden, String source) {}

    private final ProblemBank bank;
    private final SubmissionQueue queue;
    private final JudgeEngine engine;

    Practice(ProblemBank bank, SubmissionQueue queue, JudgeEngine engine) {
        this.bank = bank;
        this.queue = queue;
        this.engine = engine;
    }

    public List<CodingProblem> problems() {
        return List.copyOf(bank.practice().values());
    }

    public CodingProblem problem(String id) {
        CodingProblem p = id == null ? null : bank.practice().get(id);
        if (p == null) throw new NotFound("problem", id);
        return p;
    }

    public Map<String, String> starters(CodingProblem problem) {
        return StarterCode.forProblem(problem.problem(), engine.languages());
    }

    public List<dev.boucle.judge.language.Language> languages() {
        return engine.languages();
    }

    public long submit(CandidateId candidate, String problemId, String language, String source) {
        Map<String, String> errors = new HashMap<>();
        if (problemId == null || !bank.practice().containsKey(problemId)) errors.put("problemId", "coding.problem.unknown");
        if (language == null || engine.language(language).isEmpty()) errors.put("language", "coding.language.unknown");
        if (source == null || source.isBlank()) errors.put("source", "coding.source.missing");
        else if (source.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > dev.boucle.judge.engine.Judge.MAX_SOURCE_BYTES) {
            errors.put("source", "coding.source.too-large");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        if (queue.waitingOrRunningPractice(candidate.value()) >= MAX_IN_FLIGHT) throw new Conflict("coding.busy", MAX_IN_FLIGHT);
        return queue.enqueuePractice(problemId, language, source, candidate.value());
    }

    public Attempt attempt(CandidateId candidate, long id) {
        return queue.practiceAttempt(candidate.value(), id).map(this::shown).orElseThrow(() -> new NotFound("submission", id));
    }

    /** The latest attempts, newest first (without their source, which {@link #attempt} gives). */
    public List<Attempt> history(CandidateId candidate) {
        return queue.ofPractice(candidate.value(), HISTORY).stream().map(this::shown)
                .map(a -> new Attempt(a.id(), a.problemId(), a.language(), a.status(), a.verdict(), a.at(), "", List.of(), a.hiddenPassed(),
                        a.hidden(), null)).toList();
    }

    private Attempt shown(Submission s) {
        CodingProblem problem = bank.practice().get(s.problemId());
        if (s.result() == null || problem == null) {
            return new Attempt(s.id(), s.problemId(), s.language(), s.status(), s.result() == null ? null : s.result().verdict(),
                    s.createdAt(), "", List.of(), 0, 0, s.source());
        }
        List<Submission.TestRun> samples = s.result().tests().stream().filter(t -> problem.isSample(t.name())).toList();
        List<Submission.TestRun> hidden = s.result().tests().stream().filter(t -> !problem.isSample(t.name())).toList();
        return new Attempt(s.id(), s.problemId(), s.language(), s.status(), s.result().verdict(), s.createdAt(),
                s.result().compileOutput(), samples, hidden.stream().filter(t -> t.verdict() == Verdict.AC).count(), hidden.size(), s.source());
    }
}
