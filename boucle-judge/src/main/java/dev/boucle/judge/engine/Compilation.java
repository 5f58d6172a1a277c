package dev.boucle.judge.engine;

import dev.boucle.judge.language.SandboxDefaults;
import dev.boucle.judge.sandbox.LimitHit;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.sandbox.SandboxRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Runs a language's compile step in the sandbox, with /box writable for its output. */
final class Compilation {

    sealed interface Result permits Compiled, Rejected, Broken {
        String output();
    }

    record Compiled(String output) implements Result {
    }

    /** The submission does not compile (or compiling it blew a limit): CE. */
    record Rejected(String output) implements Result {
    }

    /** The judge could not compile: SE. */
    record Broken(String output) implements Result {
    }

    private Compilation() {
    }

    static Result compile(Program program, Sandbox sandbox, SandboxDefaults defaults) throws IOException {
        if (program.language().compile().isEmpty()) {
            return new Compiled("");
        }
        SandboxLimits limits = Limits.forCompile(program.language().compile().get(), defaults);
        SandboxRequest request = new SandboxRequest(program.compileCommand(), program.compileMounts(), "/box",
                program.env(), new byte[0], limits, true);
        RunOutcome outcome = sandbox.run(request, program.workspace().privateDir());
        String output = truncate(new String(outcome.stdout(), StandardCharsets.UTF_8) + outcome.stderr());
        if (outcome.setupFailure().isPresent()) {
            return new Broken(outcome.setupFailure().get());
        }
        String reason = reason(outcome, limits);
        if (reason != null) {
            return new Rejected(output.isEmpty() ? reason : output + "\n[judge] " + reason);
        }
        return new Compiled(output);
    }

    private static String reason(RunOutcome outcome, SandboxLimits limits) {
        if (outcome.hit(LimitHit.CPU) || outcome.hit(LimitHit.WALL) || outcome.killedByCpuRlimit()) {
            return "compilation exceeded its time limit (" + limits.cpuMs() + " ms)";
        }
        if (outcome.hit(LimitHit.MEMORY)) {
            return "compilation exceeded its memory limit (" + limits.memoryBytes() / (1024 * 1024) + " MiB)";
        }
        if (outcome.hit(LimitHit.OUTPUT)) {
            return "compiler output exceeded " + limits.stderrBytes() / 1024 + " KiB and was cut";
        }
        if (outcome.exitCode() != 0) {
            return "compiler exited with code " + outcome.exitCode();
        }
        return null;
    }

    private static String truncate(String text) {
        return text.length() <= Limits.COMPILE_OUTPUT_BYTES ? text : text.substring(0, Limits.COMPILE_OUTPUT_BYTES);
    }
}
