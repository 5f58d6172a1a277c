package dev.boucle.judge.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.sandbox.cgroup.CgroupDetector;
import dev.boucle.judge.sandbox.cgroup.NoCgroups;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.support.TestProblem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Host detection: refusing without bubblewrap, and degraded mode without cgroups. */
class SandboxHostTest {

    @Test
    void refusesToRunWithoutBubblewrap() {
        assertThatThrownBy(() -> Sandbox.create(Map.of("BOUCLE_JUDGE_BWRAP", "/nonexistent/bwrap"), new NoCgroups("test")))
                .isInstanceOf(SandboxUnavailableException.class)
                .hasMessageContaining("apt-get install bubblewrap");
    }

    @Test
    void detectsAUsableCgroupHierarchyOnThisHost() {
        var driver = new CgroupDetector(System.getenv(), Path.of("/proc/self")).detect();
        // CI hosts differ; what must hold is that the choice is explicit and described.
        assertThat(driver.describe()).isNotBlank();
        if (driver.degraded()) {
            assertThat(driver.describe()).contains("degraded");
        }
    }

    @Test
    void degradedModeStillSandboxesAndSaysSo() {
        Sandbox degraded = Sandbox.create(System.getenv(), new NoCgroups("forced by test"));
        assertThat(degraded.notes()).anyMatch(n -> n.contains("degraded"));
        Judge judge = new Judge(degraded, LanguageCatalog.builtIn(), SandboxFixture.settings());
        LanguageCatalog catalog = LanguageCatalog.builtIn();

        var ok = new ProblemLoader().load(TestProblem.create().test("1", "1 2\n", "3\n").writeTo(SandboxFixture.newDir("p")));
        JudgeResult accepted = judge.judge(ok, catalog.find("python").orElseThrow(),
                "a,b=map(int,input().split())\nprint(a+b)\n".getBytes(StandardCharsets.UTF_8));
        assertThat(accepted.verdict()).isEqualTo(Verdict.AC);
        assertThat(accepted.notes()).anyMatch(n -> n.contains("degraded"));

        var slow = new ProblemLoader().load(TestProblem.create().timeLimitMs(300).test("1", "", "x\n")
                .writeTo(SandboxFixture.newDir("p")));
        assertThat(judge.judge(slow, catalog.find("python").orElseThrow(),
                "import time\ntime.sleep(60)\n".getBytes(StandardCharsets.UTF_8)).verdict()).isEqualTo(Verdict.TLE);
        assertThat(judge.judge(slow, catalog.find("cpp").orElseThrow(),
                "int main(){for(volatile int i=0;;i++);}\n".getBytes(StandardCharsets.UTF_8)).verdict()).isEqualTo(Verdict.TLE);
    }
}
