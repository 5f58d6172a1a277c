package dev.boucle.comp.cli;

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
import tools.jackson.databind.JsonNode;

/**
 * Runs bin/boucle-comp as a separate process against the packaged jar (failsafe, after
 * `package`): the README's example must work and print what the README says it prints.
 */
class CliProcessIT {

    record Run(int status, String out, String err) { }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void readmeExample_runsAndMatchesTheDocumentedFigures() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("<!-- readme-example -->\\s*```sh\\s*\\n(.+?)\\n```", Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README example block").isTrue();
        List<String> command = new ArrayList<>(List.of(block.group(1).trim().split("\\s+")));
        assertThat(command.get(0)).isEqualTo("bin/boucle-comp");
        Run r = run(command);
        assertThat(r.status()).as(r.err()).isZero();
        JsonNode json = ResultJson.MAPPER.readTree(r.out());
        Matcher expected = Pattern.compile("<!-- expect (\\w+)=([0-9.]+|true|false) -->").matcher(readme);
        int checked = 0;
        while (expected.find()) {
            assertThat(json.get(expected.group(1)).asString()).as(expected.group(1)).isEqualTo(expected.group(2));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInput_isOneLineOnStderr_andStatus2() throws Exception {
        Run r = run(List.of("bin/boucle-comp", "net", "--country", "FR", "--year", "2025", "--gross", "lots"));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).hasSize(1).first().asString().startsWith("boucle-comp: --gross must be an amount");
    }

    @Test
    void benchCommand_printsJson() throws Exception {
        Run r = run(List.of("bin/boucle-comp", "bench", "--seconds", "0.1", "--json"));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(ResultJson.MAPPER.readTree(r.out()).get("UK").get("netsPerSecond").asLong()).isPositive();
    }
}
