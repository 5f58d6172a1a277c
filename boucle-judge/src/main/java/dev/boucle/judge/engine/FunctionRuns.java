package dev.boucle.judge.engine;

import dev.boucle.judge.checker.CheckResult;
import dev.boucle.judge.function.ArgumentEncoder;
import dev.boucle.judge.function.HarnessReport;
import dev.boucle.judge.function.HarnessReport.Outcome;
import dev.boucle.judge.function.HarnessReport.Raised;
import dev.boucle.judge.function.HarnessReport.Returned;
import dev.boucle.judge.function.HarnessReport.TimedOut;
import dev.boucle.judge.function.ValueComparator;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.SandboxDefaults;
import dev.boucle.judge.problem.CheckerSpec.CheckerKind;
import dev.boucle.judge.problem.FunctionSignature;
import dev.boucle.judge.problem.FunctionTests;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.problem.ValueType;
import dev.boucle.judge.sandbox.RunOutcome;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxRequest;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Runs a compiled function submission: one sandbox runs the harness over all remaining tests, so
 * a runtime starts once per submission. A test that kills the process (per-test timeout, crash,
 * memory) ends that launch; the next launch starts at the test after it.
 *
 * <p>The harness shares its process with the candidate's code, so nothing it reports is trusted
 * for correctness: it reports returned values, and the host compares them with expected values
 * that never enter the sandbox. Each launch gets a fresh random nonce on stdin that result lines
 * must carry, so that output the candidate prints cannot pass for the harness's.
 */
final class FunctionRuns {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sandbox sandbox;
    private final Program program;
    private final Problem problem;
    private final SandboxDefaults defaults;

    FunctionRuns(Sandbox sandbox, Program program, Problem problem, SandboxDefaults defaults) {
        this.sandbox = sandbox;
        this.program = program;
        this.problem = problem;
        this.defaults = defaults;
    }

    List<TestResult> run() throws IOException {
        FunctionSignature signature = problem.function().orElseThrow();
        List<ValueType> types = signature.params().stream().map(FunctionSignature.Parameter::type).toList();
        ValueComparator comparator = new ValueComparator(signature.returns(),
                problem.checker().kind() == CheckerKind.FLOAT
                        ? OptionalDouble.of(problem.checker().tolerance()) : OptionalDouble.empty());
        List<TestCase> tests = problem.tests();
        List<FunctionTests.Parsed> parsed = new ArrayList<>();
        for (TestCase test : tests) {
            parsed.add(FunctionTests.parse(Files.readAllBytes(test.input()), signature, test.name()));
        }
        TestResult[] results = new TestResult[tests.size()];
        int next = 0;
        while (next < tests.size()) {
            int remaining = tests.size() - next;
            String nonce = HexFormat.of().formatHex(bytes());
            byte[] stdin = ArgumentEncoder.encode(nonce, problem.timeLimitMs(), types,
                    parsed.subList(next, tests.size()).stream().map(FunctionTests.Parsed::args).toList());
            SandboxRequest request = new SandboxRequest(program.runCommand(), program.runMounts(), "/tmp",
                    program.env(), stdin, Limits.forFunctionRun(problem, program.language(), defaults, remaining), false);
            RunOutcome outcome = sandbox.run(request, program.workspace().privateDir());
            HarnessReport report = HarnessReport.parse(outcome.stdout(), nonce);
            long reportedCpuMs = 0;
            int k = 0;
            boolean stopped = false;
            while (k < remaining && report.outcomes().containsKey(k)) {
                Outcome o = report.outcomes().get(k);
                int index = next + k;
                results[index] = result(tests.get(index), o, outcome, comparator, parsed.get(index),
                        program.language());
                reportedCpuMs += o.cpuUs() / 1000;
                k++;
                if (o instanceof TimedOut) {
                    stopped = true;
                    break;
                }
            }
            if (k == remaining || stopped) {
                next += k;
                continue;
            }
            Verdict verdict = Verdict.RE;
            String detail = report.fatal().map(m -> "the solution could not be loaded: " + m)
                    .orElse("the program ended during this test (exit code " + outcome.exitCode() + ")");
            Optional<RunVerdict.Decision> decision = RunVerdict.of(outcome, program.language(), request.limits());
            if (decision.isPresent() && report.fatal().isEmpty()) {
                verdict = decision.get().verdict();
                detail = decision.get().detail();
            }
            long cpuMs = Math.max(0, outcome.cpuMs() - reportedCpuMs);
            if (report.fatal().isPresent() || report.lastBegun() < k || outcome.setupFailure().isPresent()) {
                // The solution failed before reaching this test (a load error, a crash between
                // tests) or the sandbox itself failed: a relaunch would fail the same way.
                for (int i = next + k; i < tests.size(); i++) {
                    results[i] = new TestResult(tests.get(i).name(), verdict, cpuMs, outcome.wallMs(),
                            outcome.peakMemoryKb(), detail, i == next + k ? outcome.stderr() : "");
                }
                break;
            }
            // The launch's stderr (the candidate's prints go there) with the test it died on.
            results[next + k] = new TestResult(tests.get(next + k).name(), verdict, cpuMs, outcome.wallMs(),
                    outcome.peakMemoryKb(), detail, outcome.stderr());
            next += k + 1;
        }
        return Arrays.asList(results);
    }

    private static byte[] bytes() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        return b;
    }

    private static TestResult result(TestCase test, Outcome o, RunOutcome run, ValueComparator comparator,
                                     FunctionTests.Parsed parsed, Language language) {
        Verdict verdict;
        String detail;
        switch (o) {
            case Returned r -> {
                CheckResult check = comparator.check(r.json(), parsed.expected());
                verdict = check.accepted() ? Verdict.AC : Verdict.WA;
                detail = check.message();
            }
            case Raised r -> {
                // The harness catches MemoryError / std::bad_alloc like any exception; still MLE.
                boolean memory = language.reportsOutOfMemory(r.message());
                verdict = memory ? Verdict.MLE : Verdict.RE;
                detail = memory ? "memory limit exceeded (" + r.message() + ")" : "exception: " + r.message();
            }
            case TimedOut t -> {
                verdict = Verdict.TLE;
                detail = "CPU time limit exceeded";
            }
        }
        return new TestResult(test.name(), verdict, o.cpuUs() / 1000, o.wallUs() / 1000, run.peakMemoryKb(), detail);
    }
}
