package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** What a program writes on stderr comes back with its test, bounded. */
class StderrTest {
    private static final TestProblem SUM = TestProblem.create().test("1", "1 2\n", "3\n").test("2", "5 5\n", "10\n");

    @Test
    void aCrashKeepsItsTraceback() {
        JudgeResult result = judge(SUM, "python", "import sys\nprint('debug: starting', file=sys.stderr)\nraise ValueError('boom')\n");
        assertThat(result.verdict()).isEqualTo(Verdict.RE);
        TestResult first = result.tests().get(0);
        assertThat(first.stderr()).contains("debug: starting").contains("ValueError: boom");
    }

    @Test
    void aFloodIsCut() {
        JudgeResult result = judge(SUM, "python", "import sys\nsys.stderr.write('x' * 200000)\nprint(sum(map(int, input().split())))\n");
        assertThat(result.verdict()).isEqualTo(Verdict.AC);
        String stderr = result.tests().get(0).stderr();
        assertThat(stderr.length()).isLessThan(TestResult.STDERR_CHARS + 100);
        assertThat(stderr).startsWith("xxxx").contains("more characters cut");
    }
}
