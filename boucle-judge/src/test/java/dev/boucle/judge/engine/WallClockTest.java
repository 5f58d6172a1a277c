package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.sandbox.LimitHit;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A program that sleeps or blocks uses no CPU, so only the wall clock stops it: by default
 * max(2 x CPU limit, CPU limit + 1 s), once per submission, not once per test, so that such a
 * submission gives its judge back in about that time. Real bubblewrap sandboxes throughout.
 */
class WallClockTest {

    /** Five tests at 500 ms of CPU each: the wall clock is 1.5 s, so a sleeper would hold 7.5 s if every test ran. */
    private static final TestProblem FIVE_TESTS = TestProblem.create().timeLimitMs(500)
            .test("1", "1\n", "1\n").test("2", "2\n", "2\n").test("3", "3\n", "3\n").test("4", "4\n", "4\n")
            .test("5", "5\n", "5\n");
    /** Generous: one wall-clock limit (1.5 s) plus sandbox start-up and compile on a loaded 2-core host. */
    private static final long BOUND_MS = 6_000;

    @Test
    void theDefaultWallClockIsTwiceTheCpuLimitAndAtLeastOneSecondMore() {
        assertThat(SandboxLimits.wallFor(500)).isEqualTo(1500);
        assertThat(SandboxLimits.wallFor(1000)).isEqualTo(2000);
        assertThat(SandboxLimits.wallFor(3000)).isEqualTo(6000);
    }

    @Test
    void aSleepingPythonProgramIsTleOnTheWallClockAndTheRestIsNotRun() {
        long start = System.nanoTime();
        JudgeResult result = judge(FIVE_TESTS, "python", "import time\ntime.sleep(3600)\n");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertWallClockTle(result);
        assertThat(tookMs).as("the submission held its judge for").isLessThan(BOUND_MS);
        SandboxFixture.assertNextSubmissionUnaffected();
    }

    @Test
    void aCppProgramBlockedOnAReadNobodyAnswersIsTleOnTheWallClock() {
        // Its own pipe, write end held open: the read never returns and costs no CPU.
        String blocked = """
                #include <unistd.h>
                int main() { int fd[2]; char c; if (pipe(fd) == 0) read(fd[0], &c, 1); return 0; }
                """;
        long start = System.nanoTime();
        JudgeResult result = judge(FIVE_TESTS, "cpp", blocked);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertWallClockTle(result);
        // The compile (g++, up to several seconds on a loaded host) comes on top of one wall-clock limit.
        assertThat(tookMs).as("the submission held its judge for").isLessThan(BOUND_MS + 15_000);
        SandboxFixture.assertNextSubmissionUnaffected();
    }

    @Test
    void aCppProgramWaitingOnASleepingChildIsTleOnTheWallClock() {
        String waiting = """
                #include <sys/wait.h>
                #include <unistd.h>
                int main() { pid_t child = fork(); if (child == 0) { sleep(3600); return 0; } waitpid(child, nullptr, 0); }
                """;
        JudgeResult result = judge(FIVE_TESTS, "cpp", waiting);

        assertWallClockTle(result);
        SandboxFixture.assertNextSubmissionUnaffected();
    }

    @Test
    void aProgramThatOnlyBlocksOnSomeTestsIsJudgedOnTheTestsBefore() {
        String blocksOnThree = "import time\nn = int(input())\nif n == 3:\n    time.sleep(3600)\nprint(n)\n";
        JudgeResult result = judge(FIVE_TESTS, "python", blocksOnThree);

        assertThat(result.verdict()).isEqualTo(Verdict.TLE);
        assertThat(result.tests()).extracting(TestResult::verdict)
                .containsExactly(Verdict.AC, Verdict.AC, Verdict.TLE, Verdict.TLE, Verdict.TLE);
        assertThat(result.tests().get(2).detail()).startsWith("wall-clock limit exceeded");
        assertThat(result.tests().get(3).detail()).isEqualTo("not run: test 3 exceeded the wall-clock limit");
    }

    /**
     * Which limit stopped a run decides the words (a spinner on a host loaded enough may really
     * reach the wall clock first, so this is checked on the outcomes themselves).
     */
    @Test
    void theDetailSaysWhetherCpuTimeOrTheWallClockStoppedTheRun() {
        Language python = LanguageCatalog.builtIn().find("python").orElseThrow();
        SandboxLimits limits = new SandboxLimits(500, SandboxLimits.wallFor(500), 64L << 20, 8, 1 << 20, 1 << 16,
                1 << 16, 1 << 20, 8L << 20, 64);
        var cpu = RunVerdict.of(outcome(LimitHit.CPU, 501), python, limits).orElseThrow();
        var wall = RunVerdict.of(outcome(LimitHit.WALL, 12), python, limits).orElseThrow();

        assertThat(cpu.verdict()).isEqualTo(Verdict.TLE);
        assertThat(cpu.detail()).isEqualTo("CPU time limit exceeded (500 ms of CPU)");
        assertThat(cpu.wallClock()).isFalse();
        assertThat(wall.verdict()).isEqualTo(Verdict.TLE);
        assertThat(wall.detail()).isEqualTo("wall-clock limit exceeded: 1500 ms of wall time with only 12 ms of CPU"
                + " (sleeping or blocked?)");
        assertThat(wall.wallClock()).isTrue();
    }

    private static RunOutcome outcome(LimitHit hit, long cpuMs) {
        return new RunOutcome(137, cpuMs, 1500, 3000, Set.of(hit), new byte[0], "", Optional.empty());
    }

    private static void assertWallClockTle(JudgeResult result) {
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.TLE);
        TestResult first = result.tests().get(0);
        assertThat(first.detail()).startsWith("wall-clock limit exceeded: 1500 ms of wall time")
                .contains("sleeping or blocked").doesNotContain("CPU time limit");
        assertThat(result.tests()).hasSize(5);
        assertThat(result.tests().subList(1, 5)).allSatisfy(skipped -> {
            assertThat(skipped.verdict()).isEqualTo(Verdict.TLE);
            assertThat(skipped.detail()).isEqualTo("not run: test 1 exceeded the wall-clock limit");
        });
    }
}
