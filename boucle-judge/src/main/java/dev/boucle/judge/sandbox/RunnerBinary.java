package dev.boucle.judge.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import dev.boucle.judge.workspace.PrivateDirectory;

/**
 * The sandbox's test runner (runner.c), compiled by the host's C compiler at first use into a
 * directory only the judge can write, and reused by later judge processes while its source is
 * unchanged (the file name carries the source's hash).
 *
 * <p>C rather than a script: it must be PID 1 of the sandbox, non-dumpable, install a seccomp filter
 * and wait on a signalfd, none of which a stock interpreter offers without native glue; and a
 * binary of our own keeps the trusted part small and free of an interpreter's start-up.
 */
final class RunnerBinary {
    private static final String SOURCE = "/dev/boucle/judge/sandbox/runner.c";
    private static final List<String> COMPILERS = List.of("/usr/bin/cc", "/usr/bin/gcc");

    private RunnerBinary() {
    }

    /** Empty when no compiler is installed or the directory is not safely ours; the reason goes to {@code why}. */
    static Optional<Path> prepare(Map<String, String> env, StringBuilder why) {
        Path dir = cacheDir(env);
        try (InputStream in = RunnerBinary.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                why.append("runner.c is missing from the classpath");
                return Optional.empty();
            }
            byte[] source = in.readAllBytes();
            Optional<String> compiler = COMPILERS.stream().filter(c -> Files.isExecutable(Path.of(c))).findFirst();
            if (compiler.isEmpty()) {
                why.append("no C compiler at ").append(COMPILERS);
                return Optional.empty();
            }
            // The binary runs as PID 1 of every sandbox: see PrivateDirectory for why the checks.
            PrivateDirectory.ensure(dir);
            Path binary = dir.resolve("boucle-runner-" + hash(source));
            if (!Files.exists(binary, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                compile(compiler.get(), source, dir, binary);
            }
            PrivateDirectory.checkFile(binary);
            return Optional.of(binary);
        } catch (IOException e) {
            why.append(e.getMessage());
            return Optional.empty();
        }
    }

    private static void compile(String compiler, byte[] source, Path dir, Path binary) throws IOException {
        String unique = UUID.randomUUID().toString();
        Path sourceFile = dir.resolve("runner-" + unique + ".c");
        Path output = dir.resolve("runner-" + unique + ".out");
        try {
            Files.write(sourceFile, source);
            Process cc = new ProcessBuilder(compiler, "-O2", "-o", output.toString(), sourceFile.toString())
                    .redirectErrorStream(true).start();
            String log = new String(cc.getInputStream().readAllBytes());
            if (!cc.waitFor(60, TimeUnit.SECONDS) || cc.exitValue() != 0) {
                cc.destroyForcibly();
                throw new IOException("cannot compile the sandbox runner: " + log.lines().findFirst().orElse(""));
            }
            Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("rwxr-xr-x"));
            // Atomic: a concurrent judge sees either no runner or a whole one.
            Files.move(output, binary, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while compiling the sandbox runner", e);
        } finally {
            Files.deleteIfExists(sourceFile);
            Files.deleteIfExists(output);
        }
    }

    /** Beside the work directory: {@code BOUCLE_JUDGE_WORKDIR} + "-cache" (see JudgeSettings#cacheDir). */
    static Path cacheDir(Map<String, String> env) {
        return Path.of(env.getOrDefault("BOUCLE_JUDGE_WORKDIR",
                Path.of(System.getProperty("java.io.tmpdir"), "boucle-judge").toString()) + "-cache");
    }

    private static String hash(byte[] source) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(source)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
