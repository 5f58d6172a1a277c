package dev.boucle.judge.kattis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.kattis.SelfTestReport.Entry;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.CheckerSpec.CheckerKind;
import dev.boucle.judge.problem.CheckerSpec.CheckerProtocol;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Importing the test packages: conversion, the self-test of submissions/, and the imported problem judging alike. */
class PackageImportTest {

    private static List<String> verdicts(SelfTestReport report) {
        return report.entries().stream().map(e -> e.path() + " " + e.actual()).toList();
    }

    @Test
    void aFloatProblemGetsItsToleranceAndATimeLimitFromItsAcceptedSubmissions() {
        Path out = SandboxFixture.newDir("bank");
        ImportResult result = Packages.importer().importPackage(Packages.ROOT.resolve("hypotenuse"), out);

        assertThat(result.id()).isEqualTo("hypotenuse");
        assertThat(result.report().passed()).as(result.report().toText()).isTrue();
        assertThat(verdicts(result.report())).containsExactly(
                "submissions/accepted/hyp.cpp AC", "submissions/accepted/hyp.py AC",
                "submissions/run_time_error/abort.cpp RE", "submissions/time_limit_exceeded/spin.py TLE",
                "submissions/wrong_answer/two-decimals.py WA");
        assertThat(result.report().timeLimitMs()).isEqualTo(1000);
        assertThat(result.report().timeLimitSource()).contains("5.0 x the slowest accepted run");

        Problem problem = new ProblemLoader().load(result.directory());
        assertThat(problem.title()).isEqualTo("Hypotenuse");
        assertThat(problem.timeLimitMs()).isEqualTo(1000);
        assertThat(problem.memoryLimitMb()).isEqualTo(256);
        assertThat(problem.checker().kind()).isEqualTo(CheckerKind.KATTIS);
        assertThat(problem.checker().flags().absoluteTolerance()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(problem.tests()).extracting(TestCase::name)
                .containsExactly("sample.1", "secret.01-unit", "secret.02-thin", "secret.03-small");
        assertThat(result.directory().resolve("solutions/hyp.py")).isRegularFile();
        assertThat(result.directory().resolve("wrong/tle-spin.py")).isRegularFile();
        assertThat(result.directory().resolve("statement.fr.md")).isRegularFile();
    }

    @Test
    void aYesNoProblemJudgesCaseAndSpacesLeniently() throws Exception {
        Path out = SandboxFixture.newDir("bank");
        ImportResult result = Packages.importer().importPackage(Packages.ROOT.resolve("evenodd"), out);
        assertThat(result.report().passed()).as(result.report().toText()).isTrue();
        assertThat(result.report().entries()).extracting(Entry::expected)
                .containsExactly(Verdict.AC, Verdict.AC, Verdict.RE, Verdict.WA, Verdict.WA);
        assertThat(result.report().timeLimitMs()).isEqualTo(2000);
        Problem problem = new ProblemLoader().load(result.directory());
        // Test groups become dotted names; the French statement is the package's own.
        assertThat(problem.tests()).extracting(TestCase::name).containsExactly("sample.1", "secret.1", "secret.big.1");
        assertThat(Files.readString(result.directory().resolve("statement.fr.md"))).startsWith("# Pair ou impair");
        var verdict = SandboxFixture.judge().judge(problem, LanguageCatalog.builtIn().find("python").orElseThrow(),
                "input()\nfor x in input().split(): print('yEs' if int(x) % 2 == 0 else 'nO', end='   ')\n"
                        .getBytes(StandardCharsets.UTF_8));
        assertThat(verdict.verdict()).isEqualTo(Verdict.AC);
    }

    @Test
    void aCustomValidatorIsKeptWithTheKattisProtocolAndATexTitle() throws Exception {
        Path out = SandboxFixture.newDir("bank");
        Path zip = Packages.zip(Packages.ROOT.resolve("anysum"), SandboxFixture.newDir("zip").resolve("anysum.zip"));
        ImportResult result = Packages.importer().importPackage(zip, out);
        assertThat(result.report().passed()).as(result.report().toText()).isTrue();
        assertThat(result.report().entries()).filteredOn(e -> e.path().endsWith("one-more.py")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("the two numbers add up to 1"));
        Problem problem = new ProblemLoader().load(result.directory());
        assertThat(problem.title()).isEqualTo("Any sum");
        assertThat(problem.checker().kind()).isEqualTo(CheckerKind.CUSTOM);
        assertThat(problem.checker().protocol()).isEqualTo(CheckerProtocol.KATTIS);
        assertThat(problem.checker().language()).contains("python");
        assertThat(Files.readString(result.directory().resolve("statement.en.md"))).startsWith("# Any sum");
    }

    @Test
    void aSubmissionInTheWrongFolderFailsTheImportNamingItAndLeavesNothing() throws Exception {
        Path pkg = Packages.copy("evenodd");
        Files.copy(pkg.resolve("submissions/wrong_answer/oui.py"), pkg.resolve("submissions/accepted/oui.py"));
        Path out = SandboxFixture.newDir("bank");
        try {
            Packages.importer().importPackage(pkg, out);
            throw new AssertionError("the import should have failed");
        } catch (SelfTestFailed e) {
            assertThat(e.getMessage()).contains("submissions/accepted/oui.py: expected AC (its folder), got WA");
            assertThat(e.report().entries()).filteredOn(en -> !en.matches()).hasSize(1);
        }
        try (var left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aTimeLimitExceededSubmissionThatRunsInTimeFailsTheImport() throws Exception {
        Path pkg = Packages.copy("anysum");
        Files.createDirectories(pkg.resolve("submissions/time_limit_exceeded"));
        Files.copy(pkg.resolve("submissions/accepted/all-first.py"), pkg.resolve("submissions/time_limit_exceeded/fast.py"));
        Path out = SandboxFixture.newDir("bank");
        try {
            Packages.importer().importPackage(pkg, out);
            throw new AssertionError("the import should have failed");
        } catch (SelfTestFailed e) {
            assertThat(e.getMessage()).contains("submissions/time_limit_exceeded/fast.py: expected TLE (its folder), got AC");
        }
    }

    @Test
    void importingTheSameProblemTwiceIsRefused() {
        Path out = SandboxFixture.newDir("bank");
        Packages.importer().importPackage(Packages.ROOT.resolve("anysum"), out);
        try {
            Packages.importer().importPackage(Packages.ROOT.resolve("anysum"), out);
            throw new AssertionError("the second import should have failed");
        } catch (PackageException e) {
            assertThat(e.getMessage()).isEqualTo("a problem anysum already exists in " + out);
        }
    }
}
