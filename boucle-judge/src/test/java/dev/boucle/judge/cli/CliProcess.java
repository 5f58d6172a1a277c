package dev.boucle.judge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.support.SandboxFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** bin/boucle-judge started as a separate process, as an operator or the app would, in the tests' work directory. */
final class CliProcess {
    static final Path LAUNCHER = Path.of("bin/boucle-judge").toAbsolutePath();

    record Output(int exit, String stdout, String stderr) {
    }

    private CliProcess() {
    }

    static Output run(int timeoutSeconds, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of(LAUNCHER.toString()));
        argv.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(argv);
        builder.environment().put("BOUCLE_JUDGE_WORKDIR", SandboxFixture.workBase().toString());
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(timeoutSeconds, TimeUnit.SECONDS)).isTrue();
        return new Output(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
