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
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxLimits;
import dev.boucle.judge.sandbox.SandboxSession;
import dev.boucle.judge.sandbox.SessionRequest;
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
 * in one launch instead (see {@link FunctionRuns}).
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
        List<String> notes = new ArrayList<>(sandbox.notes());
        boolean function = problem.kind() == ProblemKind.FUNCTION;
        Language build = function ? language.forFunctionHarness().orElse(null) : language;
        if (build == null) {
            return JudgeResult.systemError("language " + language.id() + " has no harness for function problems", notes);
        }
        if (source.length > MAX_SOURCE_BYTES) {
            return JudgeResult.compileError("source is larger than " + MAX_SOURCE_BYTES / 1024 + " KiB", notes);
        }
        CommandTemplate template = commandTemplate(settings, build, problem.memoryLimitMb());
        try (Workspace workspace = Workspace.create(settings.workBase(), sandbox.sandboxUid());
             CheckerSession checker = CheckerSession.open(problem, sandbox, catalog, settings, template)) {
            workspace.writeSource(build.sourceFile(), source);
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
            if (function) {
                List<TestResult> results = new FunctionRuns(sandbox, program, problem, catalog.defaults()).run();
                return JudgeResult.fromTests(results, compiled.output(), notes);
            }
            SandboxLimits limits = Limits.forTest(problem, language, catalog.defaults());
            List<TestResult> results = new ArrayList<>();
            try (SandboxSession session = sandbox.session(new SessionRequest(program.runCommand(),
                    program.runMounts(), program.env(), limits), workspace.privateDir())) {
                for (TestCase test : problem.tests()) {
                    results.add(runTest(session, program.language(), test, checker.checker()));
                }
            }
            return JudgeResult.fromTests(results, compiled.output(), notes);
        } catch (IOException | RuntimeException e) {
            return JudgeResult.systemError(e.getClass().getSimpleName() + ": " + e.getMessage(), notes);
        }
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
                "javacArchive", JavacArchive.option(settings, language)));
    }

    private static TestResult runTest(SandboxSession session, Language language, TestCase test, Checker checker)
            throws IOException {
        byte[] input = Files.readAllBytes(test.input());
        RunOutcome outcome = session.run(input);
        var decision = RunVerdict.of(outcome, language);
        if (decision.isPresent()) {
            return result(test, outcome, decision.get().verdict(), decision.get().detail());
        }
        // Read only now, on the host, after the sandbox is gone: the answer never enters a sandbox.
        byte[] expected = Files.readAllBytes(test.expected());
        try {
            CheckResult check = checker.check(input, outcome.stdout(), expected);
            return result(test, outcome, check.accepted() ? Verdict.AC : Verdict.WA, check.message());
        } catch (CheckerFailure e) {
            return result(test, outcome, Verdict.SE, e.getMessage());
        }
    }

    private static TestResult result(TestCase test, RunOutcome outcome, Verdict verdict, String detail) {
        return new TestResult(test.name(), verdict, outcome.cpuMs(), outcome.wallMs(), outcome.peakMemoryKb(), detail);
    }
}
