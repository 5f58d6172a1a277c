package dev.boucle.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.SandboxFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** bin/boucle-judge import-package / export-package as a separate process. */
class PackageCliTest {
    private static final Path PACKAGES = Path.of("src/test/resources/kattis").toAbsolutePath();

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result cli(String... args) throws IOException, InterruptedException {
        CliProcess.Output o = CliProcess.run(300, args);
        return new Result(o.exit(), o.stdout(), o.stderr());
    }

    @Test
    void importPrintsTheSelfTestAndExportWritesAZipThatImportsAgain() throws Exception {
        Path bank = SandboxFixture.newDir("cli-bank");
        Result imported = cli("import-package", PACKAGES.resolve("anysum").toString(), bank.toString());
        assertThat(imported.exit).as(imported.stderr).isZero();
        assertThat(imported.stdout).contains("imported anysum into " + bank.resolve("anysum"))
                .contains("ok   submissions/wrong_answer/one-more.py [python]: expected WA, got WA");
        Path zip = SandboxFixture.newDir("cli-export").resolve("anysum.zip");
        Result exported = cli("export-package", bank.resolve("anysum").toString(), zip.toString());
        assertThat(exported.exit).as(exported.stderr).isZero();
        assertThat(zip).isRegularFile();
        Path again = SandboxFixture.newDir("cli-bank");
        Result reimported = cli("import-package", zip.toString(), again.toString());
        assertThat(reimported.exit).as(reimported.stderr).isZero();
        assertThat(again.resolve("anysum/problem.yaml")).isRegularFile();
    }

    @Test
    void aFailedSelfTestPrintsTheReportAndOneLineNamingTheFile() throws Exception {
        Path pkg = SandboxFixture.newDir("cli-pkg").resolve("anysum");
        copy(PACKAGES.resolve("anysum"), pkg);
        Files.move(pkg.resolve("submissions/wrong_answer/one-more.py"), pkg.resolve("submissions/accepted/one-more.py"));
        Path bank = SandboxFixture.newDir("cli-bank");
        Result result = cli("import-package", pkg.toString(), bank.toString());
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.stderr.lines().toList()).singleElement().asString()
                .contains("self-test failed: submissions/accepted/one-more.py: expected AC (its folder), got WA");
        assertThat(result.stdout).contains("FAIL submissions/accepted/one-more.py");
        try (Stream<Path> left = Files.list(bank)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void badInputGivesOneLineOnStderrAndExitTwo() throws Exception {
        Path dir = SandboxFixture.newDir("cli-bad");
        Path notZip = Files.writeString(dir.resolve("p.zip"), "garbage");
        List<String[]> bad = List.of(
                new String[] {"import-package", "/no/such/package", dir.resolve("out").toString()},
                new String[] {"import-package", notZip.toString(), dir.resolve("out").toString()},
                new String[] {"import-package", PACKAGES.resolve("anysum").toString()},
                new String[] {"export-package", "/no/such\nproblem", dir.resolve("x.zip").toString()},
                new String[] {"export-package", "problems/calm-stretch", dir.resolve("y").toString()});
        for (String[] args : bad) {
            Result result = cli(args);
            assertThat(result.exit).as(String.join(" ", args) + ": " + result.stderr).isEqualTo(2);
            assertThat(result.stderr.lines().count()).as(result.stderr).isEqualTo(1);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
