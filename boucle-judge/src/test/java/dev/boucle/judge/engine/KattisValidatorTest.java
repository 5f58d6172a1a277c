package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Output validators under the Kattis protocol: args input answer feedback_dir, output on stdin, exit 42 / 43. */
class KattisValidatorTest {
    // Accepts any two integers adding up to the input; the answer file holds one such pair.
    private static final String PYTHON = """
            import sys
            n = int(open(sys.argv[1]).read())
            assert len(open(sys.argv[2]).read().split()) == 2
            assert sys.argv[3].endswith('/')
            def reject(why):
                with open(sys.argv[3] + 'judgemessage.txt', 'w') as f:
                    f.write(why)
                sys.exit(43)
            try:
                a, b = map(int, sys.stdin.read().split())
            except ValueError:
                reject('expected two integers')
            if a + b != n:
                reject('%d + %d is not the input number' % (a, b))
            sys.exit(42)
            """;

    private static TestProblem problem(String language, String file, String validator) {
        return TestProblem.create().file(file, validator).checker("custom")
                .yaml("checkerProgram: " + file + "\ncheckerLanguage: " + language + "\ncheckerProtocol: kattis")
                .test("1", "10\n", "5 5\n").test("2", "7\n", "3 4\n");
    }

    private static String detail(JudgeResult result) {
        return result.tests().stream().filter(t -> t.verdict() != Verdict.AC).findFirst().map(TestResult::detail)
                .orElse("");
    }

    @Test
    void exit42AcceptsAnyValidAnswerAnd43RejectsWithTheJudgeMessage() {
        String adds = "n = int(input())\nprint(1, n - 1)\n";
        assertThat(judge(problem("python", "validator.py", PYTHON), "python", adds).verdict()).isEqualTo(Verdict.AC);
        JudgeResult wrong = judge(problem("python", "validator.py", PYTHON), "python", "input()\nprint(3, 8)\n");
        assertThat(wrong.verdict()).isEqualTo(Verdict.WA);
        assertThat(detail(wrong)).isEqualTo("3 + 8 is not the input number");
        JudgeResult words = judge(problem("python", "validator.py", PYTHON), "python", "print('five five')\n");
        assertThat(detail(words)).isEqualTo("expected two integers");
    }

    @Test
    void anyOtherExitIsAJudgeErrorEvenZero() {
        String adds = "n = int(input())\nprint(1, n - 1)\n";
        JudgeResult zero = judge(problem("python", "validator.py", "import sys\nsys.exit(0)\n"), "python", adds);
        assertThat(zero.verdict()).isEqualTo(Verdict.SE);
        assertThat(detail(zero)).contains("exit 0");
        JudgeResult crash = judge(problem("python", "validator.py", "raise ValueError('oops')\n"), "python", adds);
        assertThat(crash.verdict()).isEqualTo(Verdict.SE);
        assertThat(detail(crash)).contains("exit 1").contains("oops");
    }

    @Test
    void aCppValidatorIsCompiledOnceAndGetsTheValidatorFlags() {
        // Accepts only when called with the problem's flags after the three paths.
        String cpp = """
                #include <cstdio>
                #include <cstring>
                int main(int argc, char** argv) {
                    if (argc != 6 || std::strcmp(argv[4], "case_sensitive") || std::strcmp(argv[5], "space_change_sensitive")) return 1;
                    long long n = 0, a = 0, b = 0;
                    FILE* in = std::fopen(argv[1], "r");
                    if (!in || std::fscanf(in, "%lld", &n) != 1) return 2;
                    if (std::scanf("%lld %lld", &a, &b) != 2) return 43;
                    return a + b == n ? 42 : 43;
                }
                """;
        TestProblem problem = problem("cpp", "validator.cpp", cpp).yaml("validatorFlags: case_sensitive space_change_sensitive");
        assertThat(judge(problem, "python", "n = int(input())\nprint(n, 0)\n").verdict()).isEqualTo(Verdict.AC);
        assertThat(judge(problem, "python", "print(0, 0)\n").verdict()).isEqualTo(Verdict.WA);
    }

    @Test
    void theJudgeMessageIsBoundedAndALinkInItsPlaceIsNotFollowed() {
        String longMessage = "import sys\nopen(sys.argv[3] + 'judgemessage.txt', 'w').write('x' * 100000 + '\\n')\nsys.exit(43)\n";
        JudgeResult bounded = judge(problem("python", "validator.py", longMessage), "python", "print(1)\n");
        assertThat(bounded.verdict()).isEqualTo(Verdict.WA);
        assertThat(detail(bounded).length()).isLessThanOrEqualTo(KattisValidatorRun.MESSAGE_CHARS + 3);
        String link = "import os, sys\nos.symlink('/etc/passwd', sys.argv[3] + 'judgemessage.txt')\nsys.exit(43)\n";
        JudgeResult linked = judge(problem("python", "validator.py", link), "python", "print(1)\n");
        assertThat(linked.verdict()).isEqualTo(Verdict.WA);
        assertThat(detail(linked)).isEqualTo("rejected by the output validator");
    }
}
