package dev.boucle.judge.engine;

import static dev.boucle.judge.support.SandboxFixture.judge;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** Java runs the class that has main, wherever it is; when there is no single one, a CE says why. */
class JavaMainClassTest {
    private static final TestProblem SUM = TestProblem.create().test("1", "1 2\n", "3\n").test("2", "5 5\n", "10\n");
    private static final String BODY = "var s = new java.util.Scanner(System.in); System.out.println(s.nextInt() + s.nextInt());";

    @Test
    void aPackageLineIsFollowed() {
        JudgeResult result = judge(SUM, "java", "package contest.sum;\n\npublic class Main { public static void main(String[] a) { "
                + BODY + " } }\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void aPublicClassWithAnotherNameIsRun() {
        JudgeResult result = judge(SUM, "java", "import java.util.*;\npublic class SumOfTwo {\n  static int unused;\n"
                + "  public static void main(String... args) { " + BODY + " }\n}\nclass Helper { }\n");
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
        JudgeResult packaged = judge(SUM, "java", "package a.b;\nclass Hidden { public static void main(String[] a) { "
                + BODY + " } }\n");
        assertThat(packaged.verdict()).as("%s", packaged).isEqualTo(Verdict.AC);
    }

    @Test
    void noMainIsACompileErrorSayingSoNotARuntimeError() {
        JudgeResult result = judge(SUM, "java", "public class Main { static void run(String[] a) { } }\n");
        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("no class declares a main method");
    }

    @Test
    void severalMainsAreACompileErrorNamingThem() {
        JudgeResult result = judge(SUM, "java", """
                public class Main { public static void main(String[] a) { } }
                class Other { public static void main(String[] a) { } }
                """);
        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("several classes declare a main method (Main, Other)");
    }

    @Test
    void javacErrorsComeFirst() {
        JudgeResult result = judge(SUM, "java", "public class Main { void f() { int x = \"s\"; } }\n");
        assertThat(result.verdict()).isEqualTo(Verdict.CE);
        assertThat(result.compileOutput()).contains("incompatible types");
    }
}
