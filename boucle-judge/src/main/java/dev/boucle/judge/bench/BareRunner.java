package dev.boucle.judge.bench;

import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the benchmark unsandboxed, on trusted generated code only, to get the baseline: the same
 * argv as languages.yaml with the sandbox paths /src and /box mapped onto host directories.
 */
final class BareRunner {
    private final Path src;
    private final Path box;
    private final CommandTemplate template;

    BareRunner(Path dir, CommandTemplate template) throws IOException {
        this.src = Files.createDirectories(dir.resolve("src"));
        this.box = Files.createDirectories(dir.resolve("box"));
        this.template = template;
    }

    void compile(Language language, String source) throws IOException {
        Files.writeString(src.resolve(language.sourceFile()), source);
        if (language.compile().isPresent()) {
            exec(hostPaths(template.expand(language.compile().get().command())), new byte[0]);
        }
    }

    /** Returns the program's stdout. */
    byte[] run(Language language, Path input) throws IOException {
        return exec(hostPaths(template.expand(language.run())), Files.readAllBytes(input));
    }

    private List<String> hostPaths(List<String> argv) {
        return argv.stream().map(arg -> {
            if (arg.equals("/box") || arg.startsWith("/box/")) {
                return box + arg.substring(4);
            }
            if (arg.startsWith("/src/")) {
                return src + arg.substring(4);
            }
            return arg;
        }).toList();
    }

    private byte[] exec(List<String> argv, byte[] stdin) throws IOException {
        Process process = new ProcessBuilder(argv).directory(box.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = Thread.ofPlatform().daemon().start(() -> {
            try (var in = process.getOutputStream()) {
                in.write(stdin);
            } catch (IOException ignored) {
                // Program stopped reading.
            }
        });
        byte[] out = process.getInputStream().readAllBytes();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("bare run failed: " + argv.get(0));
            }
            feeder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }
}
