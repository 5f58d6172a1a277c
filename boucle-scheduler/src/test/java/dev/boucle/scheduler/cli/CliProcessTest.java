package dev.boucle.scheduler.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs bin/boucle-scheduler as a separate process (the launcher runs target/classes with the jars
 * copied to target/lib at process-classes): the README's example, exit statuses, one-line errors.
 */
class CliProcessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int status, String out, String err) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theReadmeExampleRunsAndPrintsWhatTheReadmeSays() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("<!-- readme-example -->\\s*```sh\\s*\\n(.+?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README example block").isTrue();
        List<String> command = new ArrayList<>(List.of(block.group(1).trim().split("\\s+")));
        assertThat(command.getFirst()).isEqualTo("bin/boucle-scheduler");
        Run r = run(command);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode plan = JSON.readTree(r.out());
        Matcher unassigned = Pattern.compile("<!-- expect unassigned=(\\S+) -->").matcher(readme);
        assertThat(unassigned.find()).isTrue();
        assertThat(plan.get("unassigned").values()).extracting(JsonNode::asString).containsExactly(unassigned.group(1).split(","));
        assertThat(plan.get("score").get("hard").asLong()).isZero();
        assertThat(plan.get("solver").asString()).isEqualTo("timefold");
        assertThat(plan.get("assignments").size()).isEqualTo(7);
    }

    @Test
    void greedyIsChosenWithAFlag() throws Exception {
        Run r = run(List.of("bin/boucle-scheduler", "solve", "--instance", "examples/week.json", "--greedy", "--json"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(JSON.readTree(r.out()).get("solver").asString()).isEqualTo("greedy");
    }

    @Test
    void malformedInputIsOneLineOnStderrNamingTheFieldAndStatus2(@TempDir Path dir) throws Exception {
        String bad = Files.readString(Path.of("examples/week.json"))
                .replace("{\"id\": \"c3-1\", \"type\": \"SYSTEM_DESIGN\", \"minutes\": 60}", "{\"id\": \"c3-1\", \"type\": \"SYSTEM_DESIGN\", \"minutes\": 50}");
        Path file = dir.resolve("bad.json");
        Files.writeString(file, bad);
        Run r = run(List.of("bin/boucle-scheduler", "solve", "--instance", file.toString(), "--seconds", "1", "--json"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                "boucle-scheduler: loops[2].rounds[0].minutes: must be a positive multiple of grainMinutes");
    }

    @Test
    void usageErrorsAreOneLineAndStatus2() throws Exception {
        Run missing = run(List.of("bin/boucle-scheduler", "solve", "--instance", "no-such-file.json", "--json"));
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().lines().toList()).containsExactly("boucle-scheduler: --instance: cannot read no-such-file.json");
        Run seconds = run(List.of("bin/boucle-scheduler", "solve", "--instance", "examples/week.json", "--seconds", "soon"));
        assertThat(seconds.status()).isEqualTo(2);
        assertThat(seconds.err().lines().toList()).hasSize(1).first().asString().startsWith("boucle-scheduler: --seconds must be");
        Run unknown = run(List.of("bin/boucle-scheduler", "plan"));
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).hasSize(1);
    }
}
