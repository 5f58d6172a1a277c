package dev.boucle.judge.kattis;

import dev.boucle.judge.problem.ValidatorFlags;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the import keeps of a Kattis package, read by {@link PackageReader}.
 *
 * @param timeLimitMs   the package's own time limit when it states one; otherwise the limit is
 *                      the slowest accepted submission times {@code timeMultiplier}
 * @param validator     the custom output validator's single source file, if the package has one
 */
public record KattisPackage(
        String id,
        String title,
        OptionalInt timeLimitMs,
        double timeMultiplier,
        int memoryLimitMb,
        int outputLimitKb,
        ValidatorFlags flags,
        Optional<Program> validator,
        List<TestFile> tests,
        List<Submission> submissions,
        List<String> skipped,
        Optional<Path> statementEn,
        Optional<Path> statementFr) {

    public KattisPackage {
        tests = List.copyOf(tests);
        submissions = List.copyOf(submissions);
        skipped = List.copyOf(skipped);
    }

    /** A source file and the judge language that builds it; {@code path} is relative to the package, for reports. */
    public record Program(Path file, String path, String language) {
    }

    /** One test: {@code name} is its Boucle test name (sample.NAME or secret.GROUP.NAME). */
    public record TestFile(String name, Path input, Path answer) {
        public boolean sample() {
            return name.startsWith("sample.");
        }
    }

    public record Submission(Program program, ExpectedVerdict expected) {
    }
}
