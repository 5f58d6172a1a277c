package dev.boucle.judge.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** The compiler is fed by the candidate too; it runs in the same sandbox with its own limits. */
class CompileAttacksTest extends AttackTest {

    @Test
    void includingDevRandomEndsAsCompilationError() {
        JudgeResult result = attack(safeProblem(), "cpp", "#include </dev/random>\nint main() {}\n");
        assertVerdict(result, Verdict.CE);
        assertThat(result.compileOutput()).contains("[judge]");
    }

    @Test
    void includingHostFilesFindsNothing() {
        JudgeResult result = attack(safeProblem(), "cpp", "#include </etc/shadow>\nint main() {}\n");
        assertVerdict(result, Verdict.CE);
        assertThat(result.compileOutput()).contains("No such file");
    }

    @Test
    void runawayTemplateRecursionIsACompilationError() {
        String source = """
                template <int N> struct Deep { static const int value = Deep<N + 1>::value + 1; };
                int main() { return Deep<0>::value; }
                """;
        assertVerdict(attack(safeProblem(), "cpp", source), Verdict.CE);
    }

    @Test
    void hugeCompilerOutputIsCut() {
        // Each X expands to 2^14 undeclared identifiers, each one an error.
        String source = """
                #define A undeclared_name +
                #define B A A A A A A A A A A A A A A A A
                #define C B B B B B B B B B B B B B B B B
                #define D C C C C C C C C C C C C C C C C
                #define E D D D D D D D D D D D D D D D D
                int main() { return E 0; }
                """;
        JudgeResult result = attack(safeProblem(), "cpp", source);
        assertVerdict(result, Verdict.CE);
        assertThat(result.compileOutput().length()).isLessThanOrEqualTo(70 * 1024);
    }

    @Test
    void javaAnnotationProcessingIsOff() {
        // -proc:none: no candidate-chosen code runs inside javac.
        String source = """
                @SuppressWarnings("all")
                public class Main { public static void main(String[] a) { System.out.println("SAFE"); } }
                """;
        assertVerdict(attack(safeProblem(), "java", source), Verdict.AC);
    }
}
