package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** C is its own language: programs valid in only one of C and C++ get the verdict of their language. */
class CLanguageTest {
    private static final TestProblem SUM = TestProblem.create().test("1", "1 2\n", "3\n").test("2", "5 5\n", "10\n");

    /** Valid C17, invalid C++: a variable named new, and malloc's void* assigned without a cast. */
    private static final String C_ONLY = """
            #include <stdio.h>
            #include <stdlib.h>
            int main(void) {
                int new = 0;
                long *pair = malloc(2 * sizeof *pair);
                if (scanf("%ld %ld", &pair[0], &pair[1]) != 2) return 1;
                new = (int) (pair[0] + pair[1]);
                printf("%d\\n", new);
                free(pair);
                return 0;
            }
            """;

    /** Valid C++17, invalid C: references, a template and std::cout. */
    private static final String CPP_ONLY = """
            #include <iostream>
            template <typename T> T add(const T& a, const T& b) { return a + b; }
            int main() {
                long a, b;
                std::cin >> a >> b;
                long& r = a;
                std::cout << add(r, b) << "\\n";
            }
            """;

    @Test
    void cOnlyProgramIsAcceptedAsCAndRefusedAsCpp() {
        JudgeResult asC = judge(SUM, "c", C_ONLY);
        assertThat(asC.verdict()).as("%s", asC).isEqualTo(Verdict.AC);
        JudgeResult asCpp = judge(SUM, "cpp", C_ONLY);
        assertThat(asCpp.verdict()).isEqualTo(Verdict.CE);
        assertThat(asCpp.compileOutput()).contains("new");
    }

    @Test
    void cppOnlyProgramIsAcceptedAsCppAndRefusedAsC() {
        assertThat(judge(SUM, "cpp", CPP_ONLY).verdict()).isEqualTo(Verdict.AC);
        JudgeResult asC = judge(SUM, "c", CPP_ONLY);
        assertThat(asC.verdict()).isEqualTo(Verdict.CE);
        assertThat(asC.compileOutput()).containsIgnoringCase("iostream");
    }

    @Test
    void mathLibraryIsLinkedAndRuntimeErrorsAreRuntimeErrors() {
        // sqrt of a value read at run time: the compiler cannot fold it, so this links against libm.
        TestProblem root = TestProblem.create().test("1", "2 7\n", "3.000000\n");
        JudgeResult sqrt = judge(root, "c", """
                #include <math.h>
                #include <stdio.h>
                int main(void) { double a, b; scanf("%lf %lf", &a, &b); printf("%f\\n", sqrt(a + b)); return 0; }
                """);
        assertThat(sqrt.verdict()).as("%s", sqrt).isEqualTo(Verdict.AC);
        JudgeResult crash = judge(SUM, "c", "#include <stdlib.h>\nint main(void) { int *p = NULL; *p = 1; return 0; }\n");
        assertThat(crash.verdict()).isEqualTo(Verdict.RE);
        assertThat(crash.tests().get(0).detail()).contains("SIGSEGV");
    }
}
