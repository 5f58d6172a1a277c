package dev.boucle.judge.kattis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.kattis.SelfTestReport.Entry;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.support.TestProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export to a Kattis package, and back: the same tests, checker and verdicts. */
class PackageExportTest {

    private static Map<String, String> tests(Problem problem) {
        Map<String, String> contents = new LinkedHashMap<>();
        for (TestCase t : problem.tests()) {
            try {
                contents.put(t.name(), Files.readString(t.input()) + "=>" + Files.readString(t.expected()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contents;
    }

    private static List<String> verdicts(SelfTestReport report) {
        return report.entries().stream().map(e -> e.path() + " " + e.actual()).toList();
    }

    private void roundTrip(String name) {
        ImportResult first = Packages.importer().importPackage(Packages.ROOT.resolve(name), SandboxFixture.newDir("bank"));
        Path zip = SandboxFixture.newDir("export").resolve(name + ".zip");
        new PackageExporter().export(first.directory(), zip);
        ImportResult second = Packages.importer().importPackage(zip, SandboxFixture.newDir("bank"));

        Problem before = new ProblemLoader().load(first.directory());
        Problem after = new ProblemLoader().load(second.directory());
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(tests(after)).isEqualTo(tests(before));
        assertThat(after.checker().kind()).isEqualTo(before.checker().kind());
        assertThat(after.checker().flags()).isEqualTo(before.checker().flags());
        assertThat(after.checker().protocol()).isEqualTo(before.checker().protocol());
        assertThat(after.timeLimitMs()).isEqualTo(before.timeLimitMs());
        assertThat(after.memoryLimitMb()).isEqualTo(before.memoryLimitMb());
        assertThat(verdicts(second.report())).isEqualTo(verdicts(first.report()));
        assertThat(second.report().entries()).allMatch(Entry::matches);
        assertThat(second.report().timeLimitSource()).isEqualTo("from the package");
    }

    @Test
    void aFloatProblemRoundTrips() {
        roundTrip("hypotenuse");
    }

    @Test
    void aCustomValidatorProblemRoundTrips() {
        roundTrip("anysum");
    }

    @Test
    void aBankProblemExportsWithTheFlagsThatJudgeLikeItsChecker() throws Exception {
        Path out = SandboxFixture.newDir("export").resolve("round-robin");
        new PackageExporter().export(Path.of("problems/round-robin"), out);
        assertThat(Files.readString(out.resolve("problem.yaml")))
                .contains("name: \"Round-robin scheduler replay\"").contains("validation: default")
                .contains("validator_flags: \"case_sensitive\"");
        assertThat(Files.readString(out.resolve(".timelimit")).strip()).isEqualTo("1");
        try (var secret = Files.list(out.resolve("data/secret"))) {
            assertThat(secret.filter(p -> p.toString().endsWith(".ans"))).hasSize(10);
        }
        assertThat(out.resolve("submissions/accepted/main.py")).isRegularFile();
        assertThat(out.resolve("submissions/time_limit_exceeded/quantum-by-quantum.py")).isRegularFile();
        assertThat(out.resolve("problem_statement/problem.fr.md")).isRegularFile();
    }

    @Test
    void whatKattisCannotHoldIsRefused() {
        Path out = SandboxFixture.newDir("export");
        assertThatThrownBy(() -> new PackageExporter().export(Path.of("problems/calm-stretch"), out.resolve("a")))
                .hasMessageContaining("calm-stretch is a function problem");
        Path testlib = TestProblem.create().file("checker.py", "import sys\nsys.exit(0)\n").checker("custom")
                .yaml("checkerProgram: checker.py\ncheckerLanguage: python").test("1", "1\n", "1\n")
                .writeTo(SandboxFixture.newDir("problem"));
        assertThatThrownBy(() -> new PackageExporter().export(testlib, out.resolve("b")))
                .hasMessageContaining("its checker answers with exit 0 / 1 (testlib)");
        assertThatThrownBy(() -> new PackageExporter().export(Path.of("problems/round-robin"), out))
                .hasMessage(out + " already exists");
        assertThat(out.resolve("a")).doesNotExist();
        assertThat(out.resolve("b")).doesNotExist();
    }
}
