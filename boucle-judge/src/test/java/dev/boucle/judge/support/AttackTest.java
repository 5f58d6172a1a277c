package dev.boucle.judge.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base for the attack corpus: every test states the verdict the attack must get, and after each
 * one the host must be unchanged and a correct submission must still be accepted.
 */
public abstract class AttackTest {
    private HostSnapshot before;

    @BeforeEach
    void snapshotHost() {
        SandboxFixture.sandbox();
        before = HostSnapshot.take();
    }

    @AfterEach
    void hostUnchangedAndJudgeStillWorks() {
        before.assertUnchanged();
        SandboxFixture.assertNextSubmissionUnaffected();
        before.assertUnchanged();
    }

    protected static JudgeResult attack(TestProblem problem, String language, String source) {
        return SandboxFixture.judge(problem, language, source);
    }

    protected static void assertVerdict(JudgeResult result, Verdict... allowed) {
        assertThat(result.verdict()).as("%s", result).isIn((Object[]) allowed);
        assertThat(result.verdict()).as("attacks must never be blamed on the judge: %s", result)
                .isNotEqualTo(Verdict.SE);
        if (!Arrays.asList(allowed).contains(Verdict.CE)) {
            assertThat(result.tests()).isNotEmpty();
        }
    }

    /** One test whose expected answer is "SAFE": the attack program prints SAFE when it was contained. */
    protected static TestProblem safeProblem() {
        return TestProblem.create().timeLimitMs(2000).test("1", "", "SAFE\n");
    }
}
