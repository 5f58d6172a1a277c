package dev.boucle.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.config.ConfigException;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemKind;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The guess-the-number example: submissions cross-connected with the problem's interactor. */
class InteractiveProblemTest {
    private static final Path EXAMPLE = Path.of("examples/guess-the-number");
    private static final LanguageCatalog CATALOG = LanguageCatalog.builtIn();

    private static JudgeResult judge(Problem problem, String language, Path source) throws Exception {
        return SandboxFixture.judge(CATALOG).judge(problem, CATALOG.find(language).orElseThrow(), Files.readAllBytes(source));
    }

    @ParameterizedTest
    @CsvSource({"python, solutions/main.py", "cpp, solutions/main.cpp", "c, solutions/main.c", "java, solutions/Guess.java"})
    void binarySearchIsAcceptedInEveryLanguage(String language, String file) throws Exception {
        Problem problem = new ProblemLoader().load(EXAMPLE);
        assertThat(problem.kind()).isEqualTo(ProblemKind.INTERACTIVE);
        JudgeResult result = judge(problem, language, EXAMPLE.resolve(file));
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
        assertThat(result.tests()).hasSize(4);
    }

    @Test
    void tooManyGuessesIsAWrongAnswerWithTheInteractorsReason() throws Exception {
        JudgeResult result = judge(new ProblemLoader().load(EXAMPLE), "python", EXAMPLE.resolve("wrong/wa-counts-up.py"));
        assertThat(result.verdict()).isEqualTo(Verdict.WA);
        assertThat(result.tests()).extracting(TestResult::verdict)
                .containsExactly(Verdict.WA, Verdict.AC, Verdict.AC, Verdict.WA);
        assertThat(result.tests().get(0).detail()).isEqualTo("too many guesses (more than 11)");
    }

    @Test
    void aSubmissionWaitingForeverIsATimeLimitNotAJudgeError() throws Exception {
        JudgeResult result = judge(new ProblemLoader().load(EXAMPLE), "python", EXAMPLE.resolve("wrong/tle-waits-forever.py"));
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.TLE);
        assertThat(result.tests().get(0).detail()).contains("wall-clock");
    }

    @Test
    void aCrashBeforeTheFirstGuessIsARuntimeError() throws Exception {
        JudgeResult result = judge(new ProblemLoader().load(EXAMPLE), "c", EXAMPLE.resolve("wrong/re-crashes.c"));
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.RE);
        assertThat(result.tests().get(0).detail()).contains("SIGABRT");
    }

    @Test
    void anInteractorBreakingTheProtocolIsAJudgeError() throws Exception {
        Path dir = copyOfExample();
        Files.writeString(dir.resolve("interactor.py"), "import sys\nprint(1, flush=True)\nsys.exit(0)\n");
        JudgeResult result = judge(new ProblemLoader().load(dir), "python", EXAMPLE.resolve("solutions/main.py"));
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.SE);
        assertThat(result.tests().get(0).detail()).contains("interactor failed (exit 0, expected 42 or 43)");
    }

    @Test
    void theAnswerFileNeverReachesTheSubmission() throws Exception {
        // The submission looks for the interactor's files: none is mounted in its sandbox.
        Path dir = copyOfExample();
        Files.writeString(dir.resolve("interactor.py"), """
                import sys
                n, secret = open(sys.argv[1]).read().split()
                print(n, flush=True)
                seen = sys.stdin.readline().strip()
                sys.exit(42 if seen == "nothing" else 43)
                """);
        Path probe = Files.writeString(SandboxFixture.newDir("probe").resolve("main.py"), """
                import os
                input()
                print("nothing" if not os.path.exists("/judge") and not os.path.exists("/feedback") else "found", flush=True)
                """);
        JudgeResult result = judge(new ProblemLoader().load(dir), "python", probe);
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void anInteractiveProblemNeedsItsInteractor() throws Exception {
        Path dir = copyOfExample();
        Files.writeString(dir.resolve("problem.yaml"), "id: g\ntitle: G\nkind: interactive\ntimeLimitMs: 1000\nmemoryLimitMb: 64\n");
        assertThatThrownBy(() -> new ProblemLoader().load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("kind: interactive needs interactor and interactorLanguage");
        Files.writeString(dir.resolve("problem.yaml"), "id: g\ntitle: G\nkind: interactive\ntimeLimitMs: 1000\n"
                + "memoryLimitMb: 64\ninteractor: ../../etc/passwd\ninteractorLanguage: python\n");
        assertThatThrownBy(() -> new ProblemLoader().load(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("interactor must be a regular file inside the problem folder");
    }

    private static Path copyOfExample() throws Exception {
        Path dir = SandboxFixture.newDir("interactive");
        Files.createDirectories(dir.resolve("tests"));
        Files.copy(EXAMPLE.resolve("problem.yaml"), dir.resolve("problem.yaml"));
        Files.copy(EXAMPLE.resolve("interactor.py"), dir.resolve("interactor.py"));
        for (String file : new String[] {"1.in", "1.out"}) {
            Files.copy(EXAMPLE.resolve("tests").resolve(file), dir.resolve("tests").resolve(file));
        }
        return dir;
    }
}
