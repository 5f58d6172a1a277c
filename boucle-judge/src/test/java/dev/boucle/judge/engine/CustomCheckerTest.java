package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** A problem author's checker program, run sandboxed with testlib-style arguments. */
class CustomCheckerTest {
    // Accepts any pair (a, b) with a + b equal to the input number.
    private static final String CHECKER = """
            import sys
            n = int(open(sys.argv[1]).read())
            try:
                a, b = map(int, open(sys.argv[2]).read().split())
            except ValueError:
                print("expected two integers"); sys.exit(1)
            sys.exit(0 if a + b == n else 1)
            """;

    private static TestProblem problem(String checker) {
        return TestProblem.create().file("checker.py", checker)
                .checker("custom").yaml("checkerProgram: checker.py\ncheckerLanguage: python").test("1", "10\n", "5 5\n");
    }

    @Test
    void acceptsAnyValidAnswerAndRejectsInvalidOnes() {
        assertThat(judge(problem(CHECKER), "python", "print(3, 7)\n").verdict()).isEqualTo(Verdict.AC);
        JudgeResult wrong = judge(problem(CHECKER), "python", "print(3, 8)\n");
        assertThat(wrong.verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void aBrokenCheckerIsASystemErrorNotTheCandidatesFault() {
        JudgeResult result = judge(problem("import sys\nsys.exit(5)\n"), "python", "print(3, 7)\n");
        assertThat(result.verdict()).isEqualTo(Verdict.SE);
    }
}
