package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Python has no compile step of its own (one sandbox per submission): its run compiles the
 * source before executing it. What a candidate relies on must not change: a source that does not
 * compile is CE with Python's message and never runs; one that compiles runs as a script would.
 */
class PythonCompileInRunTest {

    private static final TestProblem TWO_TESTS = TestProblem.create().checker("tokens")
            .test("1", "2 3\n", "5\n").test("2", "10 -4\n", "6\n");

    @Test
    void pythonNeedsNoSandboxForCompiling() {
        assertThat(LanguageCatalog.builtIn().find("python").orElseThrow().compile()).isEmpty();
    }

    @Test
    void aSyntaxErrorIsCeWithPythonsMessageAndNoTestResults() {
        JudgeResult result = judge(TWO_TESTS, "python", "a, b = map(int, input().split())\nprint(a + b\n");

        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("SyntaxError").contains("line 2").contains("main.py")
                .doesNotContain("[boucle-judge]");
        assertThat(result.tests()).isEmpty();
    }

    @Test
    void aSourceThatDoesNotCompileNeverRuns() {
        // The print would come first if the program ran before being compiled as a whole.
        JudgeResult result = judge(TWO_TESTS, "python", "print(5)\nimport sys\nsys.exit(0)\ndef f(:\n    pass\n");

        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("SyntaxError");
    }

    @Test
    void anIndentationErrorAndANullByteAreCeToo() {
        assertThat(judge(TWO_TESTS, "python", "if True:\nprint(1)\n").verdict()).isEqualTo(Verdict.CE);
        JudgeResult nul = judge(TWO_TESTS, "python", "print(1)\u0000\n");
        assertThat(nul.verdict()).isEqualTo(Verdict.CE);
        assertThat(nul.compileOutput()).contains("null bytes");
    }

    @Test
    void aSyntaxErrorRaisedWhileRunningIsARuntimeError() {
        JudgeResult result = judge(TWO_TESTS, "python", "eval('1 +')\n");

        assertThat(result.verdict()).isEqualTo(Verdict.RE);
        assertThat(result.tests()).hasSize(2);
    }

    @Test
    void theProgramRunsAsMainWithItsOwnCleanGlobals() {
        String script = """
                import sys
                assert __name__ == '__main__', __name__
                assert sys.argv == ['/src/main.py'], sys.argv
                assert [k for k in globals() if not k.startswith('__')] == ['sys'], list(globals())
                if __name__ == '__main__':
                    a, b = map(int, input().split())
                    print(a + b)
                """;
        JudgeResult result = judge(TWO_TESTS, "python", script);

        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }
}
