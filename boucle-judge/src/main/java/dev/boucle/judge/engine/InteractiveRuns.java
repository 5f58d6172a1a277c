package dev.boucle.judge.engine;

import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.InteractorSpec;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.sandbox.Mount;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.sandbox.SandboxRequest;
import dev.boucle.judge.sandbox.StdioWiring;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.workspace.TreeRemover;
import dev.boucle.judge.workspace.Workspace;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs an interactive problem's tests: per test, the submission and the author's interactor each
 * in a fresh sandbox of their own, started together, the submission's stdout relayed to the
 * interactor's stdin and back (see {@link StdioWiring}). The interactor gets the test's input and
 * answer files read-only and a feedback folder to write to (Kattis: {@code judgemessage.txt});
 * the host reads that file only once the interactor's sandbox is gone. Expected files never reach
 * the submission's sandbox.
 */
final class InteractiveRuns implements AutoCloseable {
    private static final int FEEDBACK_BYTES = 4096;

    private final Problem problem;
    private final Sandbox sandbox;
    private final LanguageCatalog catalog;
    private final Program interactor;

    private InteractiveRuns(Problem problem, Sandbox sandbox, LanguageCatalog catalog, Program interactor) {
        this.problem = problem;
        this.sandbox = sandbox;
        this.catalog = catalog;
        this.interactor = interactor;
    }

    /** Compiles the interactor once for the submission; an interactor that does not compile is the judge's failure. */
    static InteractiveRuns open(Problem problem, Sandbox sandbox, LanguageCatalog catalog, JudgeSettings settings,
                                CommandTemplate template) throws IOException {
        InteractorSpec spec = problem.interactor().orElseThrow();
        Language language = catalog.find(spec.language())
                .orElseThrow(() -> new IllegalStateException("interactor language '" + spec.language() + "' is not configured"));
        Workspace workspace = Workspace.create(settings.workBase(), sandbox.sandboxUid());
        try {
            workspace.writeSource(language.sourceFile(), Files.readAllBytes(spec.program()));
            Program program = new Program(language, workspace, template
                    .withList("sources", List.of("/src/" + language.sourceFile())).with("mainClass", "Main"));
            Compilation.Result compiled = Compilation.compile(program, sandbox, catalog.defaults());
            if (!(compiled instanceof Compilation.Compiled)) {
                throw new IllegalStateException("interactor does not compile: "
                        + compiled.output().lines().findFirst().orElse(""));
            }
            return new InteractiveRuns(problem, sandbox, catalog, program);
        } catch (IOException | RuntimeException e) {
            workspace.close();
            throw e;
        }
    }

    List<TestResult> run(Program submission) throws IOException {
        SandboxLimits limits = Limits.forTest(problem, submission.language(), catalog.defaults());
        List<TestResult> results = new ArrayList<>();
        for (TestCase test : problem.tests()) {
            results.add(runTest(submission, test, limits));
        }
        return results;
    }

    private TestResult runTest(Program submission, TestCase test, SandboxLimits limits) throws IOException {
        Path root = interactor.workspace().root();
        String id = UUID.randomUUID().toString();
        Path files = directory(root.resolve("judge-" + id), "rwxr-xr-x");
        Path feedback = directory(root.resolve("feedback-" + id), "rwx------");
        List<Closeable> ends = new ArrayList<>();
        try {
            copy(test.input(), files.resolve("input"));
            copy(test.expected(), files.resolve("answer"));
            if (sandbox.sandboxUid().isPresent()) {
                Files.setAttribute(feedback, "unix:uid", sandbox.sandboxUid().getAsInt(), LinkOption.NOFOLLOW_LINKS);
            }
            Pipe toInteractor = Pipe.open();
            Pipe toSubmission = Pipe.open();
            ends.addAll(List.of(toInteractor.sink(), toInteractor.source(), toSubmission.sink(), toSubmission.source()));
            AtomicLong submissionEnd = new AtomicLong(Long.MAX_VALUE);
            AtomicLong interactorEnd = new AtomicLong(Long.MAX_VALUE);
            StdioWiring submissionSide = new StdioWiring(Channels.newInputStream(toSubmission.source()),
                    stamped(Channels.newOutputStream(toInteractor.sink()), submissionEnd));
            StdioWiring interactorSide = new StdioWiring(Channels.newInputStream(toInteractor.source()),
                    stamped(Channels.newOutputStream(toSubmission.sink()), interactorEnd));

            List<Mount> mounts = new ArrayList<>(interactor.runMounts());
            mounts.add(new Mount.ReadOnly(files, "/judge"));
            mounts.add(new Mount.Writable(feedback, "/feedback"));
            List<String> command = new ArrayList<>(interactor.runCommand());
            command.addAll(List.of("/judge/input", "/judge/answer", "/feedback/"));
            SandboxRequest interactorRun = new SandboxRequest(command, mounts, "/tmp", interactor.env(), new byte[0],
                    Limits.forInteractor(catalog.defaults(), problem, limits), false);
            CompletableFuture<RunOutcome> other = CompletableFuture.supplyAsync(
                    () -> run(interactorRun, interactor.workspace().privateDir(), interactorSide),
                    task -> Thread.ofPlatform().daemon().name("interactor").start(task));

            SandboxRequest submissionRun = new SandboxRequest(submission.runCommand(), submission.runMounts(), "/tmp",
                    submission.env(), new byte[0], limits, false);
            RunOutcome own = sandbox.run(submissionRun, submission.workspace().privateDir(), submissionSide);
            RunOutcome theirs = other.join();
            String message = firstLine(feedback.resolve("judgemessage.txt"));
            RunVerdict.Decision decision = InteractiveVerdict.decide(own, theirs,
                    submissionEnd.get() < interactorEnd.get(), message, submission.language(), limits);
            return new TestResult(test.name(), decision.verdict(), own.cpuMs(), own.wallMs(), own.peakMemoryKb(),
                    decision.detail(), own.stderr());
        } finally {
            for (Closeable end : ends) {
                end.close();
            }
            TreeRemover.remove(files);
            TreeRemover.remove(feedback);
        }
    }

    private RunOutcome run(SandboxRequest request, Path privateDir, StdioWiring wiring) {
        try {
            return sandbox.run(request, privateDir, wiring);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Notes when a side's stdout ended: who left first decides between RE and the interactor's word. */
    private static OutputStream stamped(OutputStream out, AtomicLong endedAt) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                endedAt.compareAndSet(Long.MAX_VALUE, System.nanoTime());
                super.close();
            }
        };
    }

    /**
     * The interactor is dead and its mount namespace gone when this runs, so nothing can swap the
     * file; still, no link is followed, only a regular file is read, and only its start.
     */
    private static String firstLine(Path file) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                || !Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
            return "";
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
            ByteBuffer buffer = ByteBuffer.allocate(FEEDBACK_BYTES);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // Fill up to the bound.
            }
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            return text.lines().findFirst().orElse("").strip();
        }
    }

    private static Path directory(Path dir, String permissions) throws IOException {
        Files.createDirectory(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(permissions));
        return dir;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, to);
        }
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Override
    public void close() throws IOException {
        interactor.workspace().close();
    }
}
