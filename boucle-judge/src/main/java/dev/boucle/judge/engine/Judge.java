package dev.boucle.judge.engine;

import dev.boucle.judge.checker.CheckResult;
import dev.boucle.judge.checker.Checker;
import dev.boucle.judge.checker.ProgramChecker.CheckerFailure;
import dev.boucle.judge.function.HarnessSource;
import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemKind;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.sandbox.LimitHit;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.sandbox.SandboxSession;
import dev.boucle.judge.sandbox.SessionRequest;
import dev.boucle.judge.submission.SourceFiles;
import dev.boucle.judge.submission.SubmissionLayout;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.judge.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Judges one submission: compile once, then run every test as a fresh process in its own cgroup
 * with a fresh /tmp (in one sandbox per submission when the host allows, see
 * {@link Sandbox#session}) against the compiled files, and check each output on the host.
 * Function problems compile the candidate's file with the language's harness and run all tests
 * in one launch instead (see {@link FunctionRuns}); interactive problems run each test beside the
 * problem's interactor, each in a sandbox of its own (see {@link InteractiveRuns}).
 */
public final class Judge {
    /** Larger sources are refused before any work is done. */
    public static final int MAX_SOURCE_BYTES = 256 * 1024;

    private final Sandbox sandbox;
    private final LanguageCatalog catalog;
    private final JudgeSettings settings;

    public Judge(Sandbox sandbox, LanguageCatalog catalog, JudgeSettings settings) {
        this.sandbox = sandbox;
        this.catalog = catalog;
        this.settings = settings;
    }

    public JudgeResult judge(Problem problem, Language language, byte[] source) {
        return judge(problem, language, SourceFiles.single(source));
    }

    /**
     * Judges a submission of one or several files (e.g. main.cpp, util.h and util.cpp; several
     * Java classes; a Python main.py with a helper module). Names were checked by {@link SourceFiles}.
     */
    public JudgeResult judge(Problem problem, Language language, SourceFiles submission) {
        List<String> notes = new ArrayList<>(sandbox.notes());
        boolean function = problem.kind() == ProblemKind.FUNCTION;
        Language build = function ? language.forFunctionHarness().orElse(null) : language;
        if (build == null) {
            return JudgeResult.systemError("language " + language.id() + " has no harness for function problems", notes);
        }
        if (submission.totalBytes() > MAX_SOURCE_BYTES) {
            return JudgeResult.compileError("source is larger than " + MAX_SOURCE_BYTES / 1024 + " KiB", notes);
        }
        if (function && submission.files().size() > 1) {
            return JudgeResult.compileError("a function problem takes one file, " + build.sourceFile()
                    + "; got " + String.join(", ", submission.names()), notes);
        }
        SubmissionLayout.Result layout = function
                ? new SubmissionLayout.Ready(java.util.Map.of(build.sourceFile(), submission.only()), List.of(),
                        new SubmissionLayout.Found("Main"))
                : SubmissionLayout.of(build, submission);
        if (layout instanceof SubmissionLayout.Refused refused) {
            return JudgeResult.compileError(refused.reason(), notes);
        }
        SubmissionLayout.Ready ready = (SubmissionLayout.Ready) layout;
        CommandTemplate base = commandTemplate(settings, build, problem.memoryLimitMb());
        CommandTemplate template = function ? base : base.withList("sources", ready.sources())
                .with("mainClass", ready.mainClass() instanceof SubmissionLayout.Found f ? f.name() : "Main");
        try (Workspace workspace = Workspace.create(settings.workBase(), sandbox.sandboxUid());
             CheckerSession checker = CheckerSession.open(problem, sandbox, catalog, settings, base)) {
            for (var file : ready.files().entrySet()) {
                workspace.writeSource(file.getKey(), file.getValue());
            }
            if (function) {
                var harness = HarnessSource.files(build.id(), build.function().orElseThrow(), problem.function().orElseThrow());
                for (var file : harness.entrySet()) {
                    workspace.writeSource(file.getKey(), file.getValue());
                }
            }
            Program program = new Program(build, workspace, template);
            Compilation.Result compiled = Compilation.compile(program, sandbox, catalog.defaults());
            if (compiled instanceof Compilation.Rejected rejected) {
                return JudgeResult.compileError(rejected.output(), notes);
            }
            if (compiled instanceof Compilation.Broken broken) {
                return JudgeResult.systemError("compile step: " + broken.output(), notes);
            }
            if (ready.mainClass() instanceof SubmissionLayout.NotFound missing) {
                // Said as a CE, after javac had its say: an RE ("could not find class Main") would blame the run.
                return JudgeResult.compileError(join(compiled.output(), missing.reason()), notes);
            }
            if (problem.kind() == ProblemKind.INTERACTIVE) {
                try (InteractiveRuns interactive = InteractiveRuns.open(problem, sandbox, catalog, settings, base)) {
                    return JudgeResult.fromTests(interactive.run(program), compiled.output(), notes);
                }
            }
            if (function) {
                List<TestResult> results = new FunctionRuns(sandbox, program, problem, catalog.defaults()).run();
                return JudgeResult.fromTests(results, compiled.output(), notes);
            }
            SandboxLimits limits = Limits.forTest(problem, language, catalog.defaults());
            List<TestResult> results = new ArrayList<>();
            try (SandboxSession session = sandbox.session(new SessionRequest(program.runCommand(),
                    program.runMounts(), program.env(), limits), workspace.privateDir())) {
                TestResult blocked = null;
                for (TestCase test : problem.tests()) {
                    if (blocked != null) {
                        results.add(skipped(test, blocked));
                        continue;
                    }
                    Tested tested = runTest(session, program.language(), test, checker.checker(), limits);
                    if (tested instanceof Tested.NotCompiled notCompiled) {
                        return JudgeResult.compileError(notCompiled.message(), notes);
                    }
                    TestResult result = ((Tested.Ran) tested).result();
                    results.add(result);
                    if (result.verdict() == Verdict.TLE && ((Tested.Ran) tested).wallClock()) {
                        blocked = result;
                    }
                }
            }
            return JudgeResult.fromTests(results, compiled.output(), notes);
        } catch (IOException | RuntimeException e) {
            return JudgeResult.systemError(e.getClass().getSimpleName() + ": " + e.getMessage(), notes);
        }
    }

    private static String join(String compilerOutput, String reason) {
        return compilerOutput.isBlank() ? reason : compilerOutput + "\n" + reason;
    }

    /**
     * The placeholders of languages.yaml for this judge and language. The first Java compile on a
     * machine builds the javac start-up archive (see {@link JavacArchive}).
     */
    public static CommandTemplate commandTemplate(JudgeSettings settings, Language language, int memoryMb) {
        return new CommandTemplate(Map.of(
                "javaHome", settings.javaHome(),
                "memoryMb", Integer.toString(memoryMb),
                "cacheDir", settings.cacheDir().toString(),
                "javacArchive", JavacArchive.option(settings, language),
                "mainClass", "Main"))
                .withList("sources", List.of("/src/" + language.sourceFile()));
    }

    /** A test's outcome, or the sign that the source did not compile (languages that compile in the run). */
    private sealed interface Tested {
        record Ran(TestResult result, boolean wallClock) implements Tested {
        }

        record NotCompiled(String message) implements Tested {
        }
    }

    private static Tested runTest(SandboxSession session, Language language, TestCase test, Checker checker,
                                  SandboxLimits limits) throws IOException {
        byte[] input = Files.readAllBytes(test.input());
        RunOutcome outcome = session.run(input);
        if (outcome.setupFailure().isEmpty() && language.compileErrorInRun()
                .filter(signal -> signal.matches(outcome.exitCode(), outcome.stderr())).isPresent()) {
            return new Tested.NotCompiled(language.compileErrorInRun().get().message(outcome.stderr()));
        }
        var decision = RunVerdict.of(outcome, language, limits);
        if (decision.isPresent()) {
            return new Tested.Ran(result(test, outcome, decision.get().verdict(), decision.get().detail()),
                    decision.get().wallClock());
        }
        // Read only now, on the host, after the sandbox is gone: the answer never enters a sandbox.
        byte[] expected = Files.readAllBytes(test.expected());
        try {
            CheckResult check = checker.check(input, outcome.stdout(), expected);
            return new Tested.Ran(result(test, outcome, check.accepted() ? Verdict.AC : Verdict.WA, check.message()), false);
        } catch (CheckerFailure e) {
            return new Tested.Ran(result(test, outcome, Verdict.SE, e.getMessage()), false);
        }
    }

    /**
     * After a test ran into the wall clock, the program is taken to sleep or block on every test:
     * running the rest would hold this judge (and its worker) for a wall-clock limit per test.
     */
    private static TestResult skipped(TestCase test, TestResult blocked) {
        return new TestResult(test.name(), Verdict.TLE, 0, 0, -1,
                "not run: test " + blocked.name() + " exceeded the wall-clock limit");
    }

    private static TestResult result(TestCase test, RunOutcome outcome, Verdict verdict, String detail) {
        return new TestResult(test.name(), verdict, outcome.cpuMs(), outcome.wallMs(), outcome.peakMemoryKb(), detail,
                outcome.stderr());
    }
}
