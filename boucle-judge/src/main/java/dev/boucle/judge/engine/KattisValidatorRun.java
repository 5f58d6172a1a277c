package dev.boucle.judge.engine;

import dev.boucle.judge.checker.CheckResult;
import dev.boucle.judge.checker.KattisExit;
import dev.boucle.judge.checker.ProgramChecker.CheckerFailure;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.sandbox.Mount;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxRequest;
import dev.boucle.judge.workspace.TreeRemover;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One run of an author's output validator under the Kattis protocol:
 * {@code validator /check/input /check/answer /feedback/ [flags]} with the submission's output on
 * stdin, in its own sandbox. Exit 42 accepts, 43 rejects, anything else is the author's bug (SE).
 * The validator's {@code judgemessage.txt} becomes the verdict's detail, cut to a few hundred
 * characters: it is the author's explanation, and the only file read back from a sandbox.
 */
final class KattisValidatorRun {
    static final int MESSAGE_CHARS = 500;
    private static final int MESSAGE_READ_BYTES = 4096;

    private KattisValidatorRun() {
    }

    static CheckResult run(Program program, Sandbox sandbox, LanguageCatalog catalog, Problem problem,
                           byte[] input, byte[] output, byte[] answer) {
        Path root = program.workspace().root();
        String run = UUID.randomUUID().toString();
        Path files = root.resolve("check-" + run);
        Path feedback = root.resolve("feedback-" + run);
        try {
            Files.createDirectory(files);
            Files.setPosixFilePermissions(files, PosixFilePermissions.fromString("rwxr-xr-x"));
            write(files.resolve("input"), input);
            write(files.resolve("answer"), answer);
            Files.createDirectory(feedback);
            Files.setPosixFilePermissions(feedback, PosixFilePermissions.fromString("rwx------"));
            if (sandbox.sandboxUid().isPresent()) {
                Files.setAttribute(feedback, "unix:uid", sandbox.sandboxUid().getAsInt(), LinkOption.NOFOLLOW_LINKS);
            }
            List<Mount> mounts = new ArrayList<>(program.runMounts());
            mounts.add(new Mount.ReadOnly(files, "/check"));
            mounts.add(new Mount.Writable(feedback, "/feedback"));
            List<String> command = new ArrayList<>(program.runCommand());
            command.addAll(List.of("/check/input", "/check/answer", "/feedback/"));
            String flags = problem.checker().flags().toFlags();
            if (!flags.isEmpty()) {
                command.addAll(List.of(flags.split(" ")));
            }
            SandboxRequest request = new SandboxRequest(command, mounts, "/tmp", program.env(), output,
                    Limits.forChecker(catalog.defaults(), problem), false);
            RunOutcome outcome = sandbox.run(request, program.workspace().privateDir());
            String message = judgeMessage(feedback.resolve("judgemessage.txt"));
            if (outcome.setupFailure().isEmpty() && outcome.limitsHit().isEmpty()) {
                switch (KattisExit.of(outcome.exitCode())) {
                    case ACCEPTED -> { return CheckResult.ACCEPTED; }
                    case WRONG_ANSWER -> { return CheckResult.rejected(message.isEmpty() ? "rejected by the output validator" : message); }
                    case JUDGE_ERROR -> { }
                }
            }
            String said = message.isEmpty() ? clip(outcome.stderr()) : message;
            throw new CheckerFailure("output validator failed (exit " + outcome.exitCode() + ", limits "
                    + outcome.limitsHit() + "; 42 accepts, 43 rejects): " + said);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            remove(files);
            remove(feedback);
        }
    }

    /**
     * The sandbox could have left anything there, a link to a host file included: only a plain
     * file is read, without following links, and only its first few KiB.
     */
    static String judgeMessage(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return "";
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
            return "";
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            return clip(new String(in.readNBytes(MESSAGE_READ_BYTES), StandardCharsets.UTF_8));
        }
    }

    /** One line of printable text, bounded: it goes into a verdict shown on a page and in JSON. */
    static String clip(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < MESSAGE_CHARS; i++) {
            char c = text.charAt(i);
            out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
        }
        String line = out.toString().strip();
        return text.length() > MESSAGE_CHARS && line.length() >= MESSAGE_CHARS - 1 ? line + "..." : line;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static void remove(Path dir) {
        try {
            TreeRemover.remove(dir);
        } catch (IOException ignored) {
            // Removed with the workspace at the latest.
        }
    }
}
