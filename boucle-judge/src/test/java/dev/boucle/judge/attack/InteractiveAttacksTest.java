package dev.boucle.judge.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.support.AttackTest;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Interactive runs leave nothing behind either: two sandboxes per test, both swept. */
class InteractiveAttacksTest extends AttackTest {
    private static final Problem GUESS = new ProblemLoader().load(Path.of("examples/guess-the-number"));
    private static final LanguageCatalog CATALOG = LanguageCatalog.builtIn();

    private static JudgeResult judge(String language, String source) {
        return SandboxFixture.judge(CATALOG).judge(GUESS, CATALOG.find(language).orElseThrow(),
                source.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDetachedChildHoldingStdoutDoesNotOutliveTheTest() {
        JudgeResult result = judge("python", """
                import os, time
                if os.fork() == 0:
                    os.setsid()
                    time.sleep(60)
                n = int(input())
                lo, hi = 1, n
                while True:
                    mid = (lo + hi) // 2
                    print(mid, flush=True)
                    reply = input()
                    if reply == "correct":
                        break
                    lo, hi = (mid + 1, hi) if reply == "higher" else (lo, mid - 1)
                """);
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
    }

    @Test
    void aFloodWithoutReadingEndsAsTheInteractorSays() {
        JudgeResult result = judge("cpp", """
                #include <cstdio>
                int main() { for (;;) fputs("spam spam spam spam spam spam spam spam\\n", stdout); }
                """);
        assertThat(result.tests()).extracting(TestResult::verdict).containsOnly(Verdict.WA);
        assertThat(result.tests().get(0).detail()).startsWith("not a number");
    }
}
