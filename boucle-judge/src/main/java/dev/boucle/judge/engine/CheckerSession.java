package dev.boucle.judge.engine;

import dev.boucle.judge.checker.CheckResult;
import dev.boucle.judge.checker.Checker;
import dev.boucle.judge.checker.ProgramChecker;
import dev.boucle.judge.checker.ProgramChecker.CheckerFailure;
import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.CheckerSpec.CheckerKind;
import dev.boucle.judge.problem.CheckerSpec.CheckerProtocol;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.sandbox.Mount;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxRequest;
import dev.boucle.judge.workspace.TreeRemover;
import dev.boucle.judge.workspace.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The checker for one judging session. A custom checker is the author's program, compiled once
 * and run in its own sandbox per test with input, output and answer mounted read-only
 * (testlib argument order). Exit 0 accepts, 1 rejects, anything else is the author's bug: SE.
 */
final class CheckerSession implements AutoCloseable {
    private final Checker checker;
    private final Workspace workspace;

    private CheckerSession(Checker checker, Workspace workspace) {
        this.checker = checker;
        this.workspace = workspace;
    }

    static CheckerSession open(Problem problem, Sandbox sandbox, LanguageCatalog catalog, JudgeSettings settings,
                               CommandTemplate template) throws IOException {
        if (problem.checker().kind() != CheckerKind.CUSTOM) {
            return new CheckerSession(Checker.builtIn(problem.checker()), null);
        }
        String languageId = problem.checker().language().orElseThrow();
        Language language = catalog.find(languageId)
                .orElseThrow(() -> new IllegalStateException("checker language '" + languageId + "' is not configured"));
        Workspace workspace = Workspace.create(settings.workBase(), sandbox.sandboxUid());
        try {
            workspace.writeSource(language.sourceFile(), Files.readAllBytes(problem.checker().program().orElseThrow()));
            // The checker's own file and class, whatever the submission's were.
            Program program = new Program(language, workspace, template
                    .withList("sources", List.of("/src/" + language.sourceFile())).with("mainClass", "Main"));
            Compilation.Result compiled = Compilation.compile(program, sandbox, catalog.defaults());
            if (!(compiled instanceof Compilation.Compiled)) {
                throw new IllegalStateException("custom checker does not compile: " + firstLine(compiled.output()));
            }
            Checker checker = new ProgramChecker(problem.checker().protocol() == CheckerProtocol.KATTIS
                    ? (in, out, ans) -> KattisValidatorRun.run(program, sandbox, catalog, problem, in, out, ans)
                    : (in, out, ans) -> runChecker(program, sandbox, catalog, problem, in, out, ans));
            return new CheckerSession(checker, workspace);
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    Checker checker() {
        return checker;
    }

    private static CheckResult runChecker(Program program, Sandbox sandbox, LanguageCatalog catalog, Problem problem,
                                          byte[] input, byte[] output, byte[] answer) {
        Path files = program.workspace().root().resolve("check-" + UUID.randomUUID());
        try {
            Files.createDirectory(files);
            Files.setPosixFilePermissions(files, PosixFilePermissions.fromString("rwxr-xr-x"));
            write(files.resolve("input"), input);
            write(files.resolve("output"), output);
            write(files.resolve("answer"), answer);
            List<Mount> mounts = new ArrayList<>(program.runMounts());
            mounts.add(new Mount.ReadOnly(files, "/check"));
            List<String> command = new ArrayList<>(program.runCommand());
            command.addAll(List.of("/check/input", "/check/output", "/check/answer"));
            SandboxRequest request = new SandboxRequest(command, mounts, "/tmp", program.env(), new byte[0],
                    Limits.forChecker(catalog.defaults(), problem), false);
            RunOutcome outcome = sandbox.run(request, program.workspace().privateDir());
            String message = firstLine(new String(outcome.stdout(), StandardCharsets.UTF_8) + outcome.stderr());
            if (outcome.setupFailure().isEmpty() && outcome.limitsHit().isEmpty()) {
                if (outcome.exitCode() == 0) {
                    return CheckResult.ACCEPTED;
                }
                if (outcome.exitCode() == 1) {
                    return CheckResult.rejected(message.isEmpty() ? "rejected by checker" : message);
                }
            }
            throw new CheckerFailure("checker failed (exit " + outcome.exitCode() + ", limits " + outcome.limitsHit()
                    + "): " + message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                TreeRemover.remove(files);
            } catch (IOException ignored) {
                // Removed with the workspace at the latest.
            }
        }
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    @Override
    public void close() throws IOException {
        if (workspace != null) {
            workspace.close();
        }
    }
}
