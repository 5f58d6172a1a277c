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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Multi-file submissions, stderr in the report and batch mode, through bin/boucle-judge as a process. */
class CliSubmissionsTest {
    private static final Path EXAMPLE = Path.of("examples/sum-of-two").toAbsolutePath();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Result(int exit, String stdout, String stderr) {
        List<JsonNode> lines() {
            return stdout.lines().map(JSON::readTree).toList();
        }
    }

    private static Result cli(String... args) throws IOException, InterruptedException {
        CliProcess.Output o = CliProcess.run(300, args);
        return new Result(o.exit(), o.stdout(), o.stderr());
    }

    private static Path write(Path dir, String name, String content) throws IOException {
        Files.createDirectories(dir);
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void aFolderOrSeveralSourcesAreOneSubmission() throws Exception {
        Path folder = SandboxFixture.newDir("multi");
        write(folder, "main.py", "from helper import add\na, b = map(int, input().split())\nprint(add(a, b))\n");
        write(folder, "helper.py", "def add(a, b):\n    return a + b\n");
        Result byFolder = cli("run", "--problem", EXAMPLE.toString(), "--lang", "python", "--source", folder.toString(), "--json");
        assertThat(byFolder.exit).as(byFolder.stderr).isZero();
        assertThat(byFolder.lines().get(0).get("verdict").asString()).isEqualTo("AC");

        Result byFiles = cli("run", "--problem", EXAMPLE.toString(), "--lang", "python", "--source",
                folder.resolve("main.py").toString(), "--source", folder.resolve("helper.py").toString(), "--json");
        assertThat(byFiles.lines().get(0).get("verdict").asString()).as(byFiles.stdout).isEqualTo("AC");
    }

    @Test
    void unsafeOrOddSubmissionsAreOneLineErrors() throws Exception {
        Path withLink = SandboxFixture.newDir("link");
        write(withLink, "main.py", "print(1)\n");
        Files.createSymbolicLink(withLink.resolve("passwd.py"), Path.of("/etc/passwd"));
        Path badName = SandboxFixture.newDir("badname");
        write(badName, "main.py", "print(1)\n");
        Path dashed = write(badName, "-o.py", "print(1)\n");
        for (String[] args : List.of(
                new String[] {"--source", withLink.toString()},
                new String[] {"--source", badName.resolve("main.py").toString(), "--source", dashed.toString()},
                new String[] {"--source", badName.resolve("main.py").toString(), "--source", badName.resolve("main.py").toString()})) {
            List<String> argv = new ArrayList<>(List.of("run", "--problem", EXAMPLE.toString(), "--lang", "python", "--json"));
            argv.addAll(List.of(args));
            Result result = cli(argv.toArray(String[]::new));
            assertThat(result.exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.stdout).isEmpty();
            assertThat(result.stderr.lines().count()).as(result.stderr).isEqualTo(1);
        }
    }

    @Test
    void theJsonReportCarriesEachTestsStderr() throws Exception {
        Path source = write(SandboxFixture.newDir("err"), "crash.py", "import sys\nprint('reading', file=sys.stderr)\n"
                + "a, b = map(int, input().split())\nprint(a + b)\nif a == -5: raise RuntimeError('two')\n");
        Result result = cli("run", "--problem", EXAMPLE.toString(), "--lang", "python", "--source", source.toString(), "--json");
        JsonNode json = result.lines().get(0);
        assertThat(json.get("verdict").asString()).isEqualTo("RE");
        JsonNode failing = null;
        for (JsonNode test : json.get("tests")) {
            assertThat(test.get("stderr").asString()).startsWith("reading");
            if (test.get("verdict").asString().equals("RE")) {
                failing = test;
            }
        }
        assertThat(failing).isNotNull();
        assertThat(failing.get("stderr").asString()).contains("RuntimeError: two");
    }

    @Test
    void batchJudgesAFolderTreeAndComparesWithWhatEachFolderExpects() throws Exception {
        Path root = SandboxFixture.newDir("batch").resolve("submissions");
        write(root.resolve("accepted"), "sum.py", "a, b = map(int, input().split())\nprint(a + b)\n");
        write(root.resolve("accepted"), "sum.c", "#include <stdio.h>\nint main(void){long a,b;scanf(\"%ld %ld\",&a,&b);"
                + "printf(\"%ld\\n\",a+b);return 0;}\n");
        write(root.resolve("accepted/two-files"), "main.cpp", "#include <cstdio>\n#include \"add.h\"\n"
                + "int main(){long a,b;scanf(\"%ld %ld\",&a,&b);printf(\"%ld\\n\",add(a,b));}\n");
        write(root.resolve("accepted/two-files"), "add.h", "long add(long a, long b);\n");
        write(root.resolve("accepted/two-files"), "add.cpp", "long add(long a, long b) { return a + b; }\n");
        write(root.resolve("accepted"), "Solver.java", "package x;\npublic class Solver { public static void main(String[] a) {"
                + " var s = new java.util.Scanner(System.in); System.out.println(s.nextLong() + s.nextLong()); } }\n");
        write(root.resolve("wrong_answer"), "off.py", "a, b = map(int, input().split())\nprint(a + b + 1)\n");
        write(root.resolve("time_limit_exceeded"), "spin.py", "while True:\n    pass\n");
        write(root.resolve("compile_error"), "cpp-as-c.c", "#include <iostream>\nint main() { std::cout << 1; }\n");
        // DOMjudge's marker wins over the folder.
        write(root.resolve("accepted"), "marked.py", "# @EXPECTED_RESULTS@: RUN-ERROR\nraise SystemExit(3)\n");

        Result result = cli("batch", "--problem", EXAMPLE.toString(), "--jobs", "2", root.toString());
        assertThat(result.exit).as(result.stdout + result.stderr).isZero();
        List<JsonNode> lines = result.lines();
        assertThat(lines).hasSize(9);
        List<JsonNode> submissions = lines.subList(0, 8);
        assertThat(submissions).allSatisfy(l -> assertThat(l.get("matches").asBoolean()).as(l.toString()).isTrue());
        assertThat(submissions).extracting(l -> l.get("submission").asString().substring(root.toString().length() + 1))
                .containsExactly("accepted/Solver.java", "accepted/marked.py", "accepted/sum.c", "accepted/sum.py",
                        "accepted/two-files", "compile_error/cpp-as-c.c", "time_limit_exceeded/spin.py",
                        "wrong_answer/off.py");
        assertThat(submissions.get(4).get("language").asString()).isEqualTo("cpp");
        assertThat(submissions.get(1).get("verdict").asString()).isEqualTo("RE");
        assertThat(lines.get(8).get("summary").get("asExpected").asInt()).isEqualTo(8);

        // An accepted program filed under wrong_answer is a failed self-test: exit 1, matches false.
        write(root.resolve("wrong_answer"), "actually-right.py", "a, b = map(int, input().split())\nprint(a + b)\n");
        Result mismatch = cli("batch", "--problem", EXAMPLE.toString(), root.resolve("wrong_answer").toString());
        assertThat(mismatch.exit).isEqualTo(1);
        JsonNode first = mismatch.lines().get(0);
        assertThat(first.get("submission").asString()).endsWith("actually-right.py");
        assertThat(first.get("verdict").asString()).isEqualTo("AC");
        assertThat(first.get("expected").get(0).asString()).isEqualTo("WA");
        assertThat(first.get("matches").asBoolean()).isFalse();
    }

    @Test
    void batchReadsTheBanksOwnLayout() throws Exception {
        Path problem = Path.of("problems/token-bucket").toAbsolutePath();
        Result result = cli("batch", "--problem", problem.toString(), problem.resolve("solutions").toString(),
                problem.resolve("wrong").toString());
        assertThat(result.exit).as(result.stdout + result.stderr).isZero();
        assertThat(result.lines()).hasSize(7);
        assertThat(result.lines().get(6).get("summary").get("asExpected").asInt()).isEqualTo(6);
    }

    @Test
    void batchSelfTestsTheInteractiveExample() throws Exception {
        Path problem = Path.of("examples/guess-the-number").toAbsolutePath();
        Result result = cli("batch", "--problem", problem.toString(), "--jobs", "2", problem.resolve("solutions").toString(),
                problem.resolve("wrong").toString());
        assertThat(result.exit).as(result.stdout + result.stderr).isZero();
        List<JsonNode> lines = result.lines();
        assertThat(lines).hasSize(8);
        assertThat(lines.subList(0, 7)).extracting(l -> l.get("verdict").asString())
                .containsExactly("AC", "AC", "AC", "AC", "RE", "TLE", "WA");
    }

    @Test
    void batchArgumentsAreCheckedBeforeAnythingRuns() throws Exception {
        for (String[] args : List.of(
                new String[] {"batch", EXAMPLE.toString()},
                new String[] {"batch", "--problem", EXAMPLE.toString()},
                new String[] {"batch", "--problem", EXAMPLE.toString(), "/no/such\nfolder"},
                new String[] {"batch", "--problem", EXAMPLE.toString(), "--jobs", "0", EXAMPLE.toString()},
                new String[] {"batch", "--problem", EXAMPLE.toString(), "--frobnicate", EXAMPLE.toString()})) {
            Result result = cli(args);
            assertThat(result.exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.stdout).isEmpty();
            assertThat(result.stderr.lines().count()).as(result.stderr).isEqualTo(1);
        }
    }
}
