package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** One submission per verdict, across the three languages. */
class VerdictsTest {
    private static final TestProblem SUM = TestProblem.create().test("1", "1 2\n", "3\n").test("2", "5 5\n", "10\n");

    @Test
    void acceptedInEveryLanguage() {
        assertThat(judge(SUM, "python", "a,b=map(int,input().split())\nprint(a+b)\n").verdict()).isEqualTo(Verdict.AC);
        assertThat(judge(SUM, "cpp", "#include <cstdio>\nint main(){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",a+b);}\n")
                .verdict()).isEqualTo(Verdict.AC);
        JudgeResult java = judge(SUM, "java", """
                public class Main { public static void main(String[] a) {
                  var s = new java.util.Scanner(System.in); System.out.println(s.nextInt() + s.nextInt()); } }
                """);
        assertThat(java.verdict()).as("%s", java).isEqualTo(Verdict.AC);
        assertThat(java.tests()).allSatisfy(t -> {
            assertThat(t.cpuMs()).isPositive();
            assertThat(t.wallMs()).isPositive();
            assertThat(t.memoryKb()).isPositive();
        });
    }

    @Test
    void wrongAnswerOnTheFailingTestOnly() {
        JudgeResult result = judge(SUM, "python", "a,b=map(int,input().split())\nprint(3)\n");
        assertThat(result.verdict()).isEqualTo(Verdict.WA);
        assertThat(result.tests()).extracting(TestResult::verdict).containsExactly(Verdict.AC, Verdict.WA);
    }

    @Test
    void runtimeErrorReportsExitCodeOrSignal() {
        JudgeResult exit = judge(SUM, "python", "import sys\nsys.exit(7)\n");
        assertThat(exit.verdict()).isEqualTo(Verdict.RE);
        assertThat(exit.tests().get(0).detail()).contains("exit code 7");

        JudgeResult segv = judge(SUM, "cpp", "int main(){ volatile int* p = nullptr; *p = 1; }\n");
        assertThat(segv.verdict()).isEqualTo(Verdict.RE);
        assertThat(segv.tests().get(0).detail()).contains("SIGSEGV");
    }

    @Test
    void compilationErrorCarriesCompilerOutput() {
        JudgeResult cpp = judge(SUM, "cpp", "int main() { return missing; }\n");
        assertThat(cpp.verdict()).isEqualTo(Verdict.CE);
        assertThat(cpp.compileOutput()).contains("missing");
        assertThat(cpp.tests()).isEmpty();

        JudgeResult python = judge(SUM, "python", "def broken(:\n");
        assertThat(python.verdict()).isEqualTo(Verdict.CE);
        assertThat(python.compileOutput()).contains("SyntaxError");

        JudgeResult java = judge(SUM, "java", "public class Main { void f() { int x = \"s\"; } }\n");
        assertThat(java.verdict()).isEqualTo(Verdict.CE);
        assertThat(java.compileOutput()).contains("incompatible types");
    }

    @Test
    void timeLimitByCpuAndByWallClock() {
        TestProblem one = TestProblem.create().timeLimitMs(500).test("1", "", "x\n");
        JudgeResult spin = judge(one, "cpp", "int main(){ volatile unsigned long i = 0; for(;;) i++; }\n");
        assertThat(spin.verdict()).isEqualTo(Verdict.TLE);
        assertThat(spin.tests().get(0).detail()).contains("CPU");

        JudgeResult sleep = judge(one, "python", "import time\ntime.sleep(30)\n");
        assertThat(sleep.verdict()).isEqualTo(Verdict.TLE);
        assertThat(sleep.tests().get(0).detail()).contains("wall");
    }

    @Test
    void memoryLimit() {
        TestProblem one = TestProblem.create().memoryLimitMb(64).test("1", "", "x\n");
        JudgeResult python = judge(one, "python", "a = bytearray(512 * 1024 * 1024)\nprint(len(a))\n");
        assertThat(python.verdict()).as("%s", python).isEqualTo(Verdict.MLE);
    }

    @Test
    void outputLimit() {
        TestProblem one = TestProblem.create().outputLimitKb(64).test("1", "", "x\n");
        JudgeResult flood = judge(one, "python", "import sys\nwhile True:\n    sys.stdout.write('y' * 4096)\n");
        assertThat(flood.verdict()).isEqualTo(Verdict.OLE);
    }

    @Test
    void floatAndTokenCheckers() {
        TestProblem floats = TestProblem.create().checker("float").yaml("tolerance: 0.001").test("1", "", "3.14159 2\n");
        assertThat(judge(floats, "python", "print('3.1419\\n2.0')\n").verdict()).isEqualTo(Verdict.AC);
        assertThat(judge(floats, "python", "print('3.15 2')\n").verdict()).isEqualTo(Verdict.WA);

        TestProblem tokens = TestProblem.create().checker("tokens").test("1", "", "1 2 3\n");
        assertThat(judge(tokens, "python", "print('1\\n2\\n3')\n").verdict()).isEqualTo(Verdict.AC);
    }
}
