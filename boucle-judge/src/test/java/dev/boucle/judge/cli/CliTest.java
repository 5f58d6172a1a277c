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

/** Runs bin/boucle-judge as a separate process, exactly as the app or an operator would. */
class CliTest {
    private static final Path EXAMPLE = Path.of("examples/sum-of-two").toAbsolutePath();

    private record Result(int exit, String stdout, String stderr) {
    }

    private static Result cli(String... args) throws IOException, InterruptedException {
        CliProcess.Output o = CliProcess.run(120, args);
        return new Result(o.exit(), o.stdout(), o.stderr());
    }

    @Test
    void runPrintsJsonAndExitsZeroWhateverTheVerdict() throws Exception {
        Result ok = cli("run", "--problem", EXAMPLE.toString(), "--lang", "python",
                "--source", EXAMPLE.resolve("solutions/main.py").toString(), "--json");
        assertThat(ok.exit).as(ok.stderr).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(ok.stdout);
        assertThat(json.get("verdict").asString()).isEqualTo("AC");
        assertThat(json.get("tests")).hasSize(3);
        JsonNode first = json.get("tests").get(0);
        assertThat(first.get("name").asString()).isEqualTo("1");
        assertThat(first.has("timeMs") && first.has("memoryKb") && first.has("verdict")).isTrue();
        assertThat(json.has("compileOutput")).isTrue();

        Path wrong = Files.writeString(SandboxFixture.newDir("src").resolve("wrong.py"), "print(42)\n");
        Result wa = cli("run", "--problem", EXAMPLE.toString(), "--lang", "python", "--source", wrong.toString(), "--json");
        assertThat(wa.exit).isZero();
        assertThat(wa.stdout).contains("\"verdict\":\"WA\"");
    }

    @Test
    void badArgumentsGiveExactlyOneLineOnStderrAndExitTwo() throws Exception {
        List<String[]> bad = List.of(
                new String[] {"run", "--problem", EXAMPLE.toString(), "--lang", "py\nthon", "--source", "x", "--json"},
                new String[] {"run", "--problem", "/nonexistent\n$(touch /tmp/pwned)", "--lang", "python",
                        "--source", EXAMPLE.resolve("solutions/main.py").toString()},
                new String[] {"run", "--lang", "python"},
                new String[] {"run", "--problem", EXAMPLE.toString(), "--lang", "python", "--source", "/no/such\nfile"},
                new String[] {"frobnicate\n;rm -rf /"},
                new String[] {});
        for (String[] args : bad) {
            Result result = cli(args);
            assertThat(result.exit).as(String.join(" ", args)).isEqualTo(2);
            assertThat(result.stdout).isEmpty();
            assertThat(result.stderr.lines().count()).as(result.stderr).isEqualTo(1);
        }
        assertThat(Path.of("/tmp/pwned")).doesNotExist();
    }

    @Test
    void shellMetacharactersAndNewlinesInPathsAreJustBytes() throws Exception {
        Path weird = Files.createDirectories(SandboxFixture.newDir("weird").resolve("a b;$(touch PWNED)`id`\n'\"|&"));
        Path problem = weird.resolve("problem $HOME");
        Files.createDirectories(problem.resolve("tests"));
        Files.copy(EXAMPLE.resolve("problem.yaml"), problem.resolve("problem.yaml"));
        for (String f : List.of("1.in", "1.out")) {
            Files.copy(EXAMPLE.resolve("tests").resolve(f), problem.resolve("tests").resolve(f));
        }
        Path source = Files.copy(EXAMPLE.resolve("solutions/main.cpp"), weird.resolve("main;rm -rf ~\n.cpp"));
        Result result = cli("run", "--problem", problem.toString(), "--lang", "cpp", "--source", source.toString(), "--json");
        assertThat(result.exit).as(result.stderr).isZero();
        assertThat(result.stdout).contains("\"verdict\":\"AC\"");
        try (var files = Files.list(weird)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain("PWNED");
        }
        assertThat(Path.of("PWNED")).doesNotExist();
    }
}
