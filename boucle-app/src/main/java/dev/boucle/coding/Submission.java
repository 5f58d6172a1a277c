package dev.boucle.coding;

import dev.boucle.judge.verdict.Verdict;
import java.time.Instant;
import java.util.List;

/**
 * A submission and, once judged, its result. {@code submittedBy} is null when the candidate sent
 * it through the round's pad.
 */
public record Submission(long id, String problemId, String language, String source, Long roundId, Long submittedBy,
        Status status, int attempts, Instant createdAt, Instant finishedAt, Result result) {

    public enum Status { QUEUED, RUNNING, DONE }

    public boolean byCandidate() {
        return submittedBy == null;
    }

    /** What the judge said: the verdict, each test, and the compiler's output. */
    public record Result(Verdict verdict, String compileOutput, List<TestRun> tests) {
        public Result {
            tests = List.copyOf(tests);
        }

        /** The judge's own failure, never blamed on the candidate: no test ran. */
        public static Result systemError(String detail) {
            return new Result(Verdict.SE, detail, List.of());
        }

        public long passed() {
            return tests.stream().filter(t -> t.verdict() == Verdict.AC).count();
        }
    }

    public record TestRun(String name, Verdict verdict, long timeMs, long wallMs, long memoryKb, String detail) {}
}
