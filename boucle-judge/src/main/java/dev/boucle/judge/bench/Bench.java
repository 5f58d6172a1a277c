package dev.boucle.judge.bench;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.language.CommandTemplate;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.workspace.TreeRemover;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Measures the judge against bare execution on a generated problem (the {@code bench} command). */
public final class Bench {
    private static final int ROUNDS = 2;
    private final Sandbox sandbox;
    private final LanguageCatalog catalog;
    private final JudgeSettings settings;

    public Bench(Sandbox sandbox, LanguageCatalog catalog, JudgeSettings settings) {
        this.sandbox = sandbox;
        this.catalog = catalog;
        this.settings = settings;
    }

    static final String METHOD = "stdio: a generated problem whose tests each do about 100 ms of bare CPU work; "
            + "the judge (compile, every test sandboxed, checking) against the same compile and runs without any "
            + "sandbox, alternated, best of " + ROUNDS + " rounds each. function: a generated range-sums problem "
            + "judged end to end (compile in the sandbox, one harness launch over every test, host-side "
            + "comparison), best of " + ROUNDS + " rounds, after one warm-up judge that lets the judge create its "
            + "start-up caches.";

    public BenchReport run(List<Language> languages, int tests) {
        List<BenchReport.LanguageFigures> figures = new ArrayList<>();
        List<BenchReport.FunctionFigures> functions = new ArrayList<>();
        for (Language language : languages) {
            figures.add(measure(language, tests));
            if (language.function().isPresent()) {
                functions.add(measureFunction(language, tests));
            }
        }
        return new BenchReport(tests, METHOD, machine(), figures, functions, sandbox.notes());
    }

    private BenchReport.Machine machine() {
        // Wall-clock ratios mean little on a busy host; say how busy it was.
        String load = read("/proc/loadavg").map(String::trim).orElse("unknown");
        String cpu = read("/proc/cpuinfo").flatMap(info -> info.lines()
                .filter(l -> l.startsWith("model name")).findFirst())
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(System.getProperty("os.arch"));
        return new BenchReport.Machine(cpu, Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.version"), Runtime.version().toString(), sandbox.describe(),
                sandbox.reusesSandboxes(), load);
    }

    private static java.util.Optional<String> read(String file) {
        try {
            return java.util.Optional.of(Files.readString(Path.of(file)));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    private BenchReport.FunctionFigures measureFunction(Language language, int tests) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("boucle-bench-function-");
            Problem problem = new ProblemLoader().load(BenchFunctionProblem.write(dir.resolve("problem"), tests));
            byte[] source = BenchFunctionProblem.solution(language.id()).getBytes(StandardCharsets.UTF_8);
            Judge judge = new Judge(sandbox, catalog, settings);
            String verdict = judge.judge(problem, language, source).verdict().name();
            long best = Long.MAX_VALUE;
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                verdict = judge.judge(problem, language, source).verdict().name();
                best = Math.min(best, (System.nanoTime() - start) / 1_000_000);
            }
            // The compile alone: the same source made unparsable (a stray parenthesis) stops after it.
            long compile = Long.MAX_VALUE;
            byte[] broken = (new String(source, StandardCharsets.UTF_8) + "\n)\n")
                    .getBytes(StandardCharsets.UTF_8);
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                judge.judge(problem, language, broken);
                compile = Math.min(compile, (System.nanoTime() - start) / 1_000_000);
            }
            return new BenchReport.FunctionFigures(language.id(), verdict, tests, best, compile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try {
                    TreeRemover.remove(dir);
                } catch (IOException ignored) {
                    // A temp directory left behind is harmless.
                }
            }
        }
    }

    private BenchReport.LanguageFigures measure(Language language, int tests) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("boucle-bench-");
            Problem problem = new ProblemLoader().load(BenchProblem.write(dir.resolve("problem"), language.id(), tests));
            String source = BenchProblem.solution(language.id());
            // The bare run uses the same javac archive: it is a JVM setting, not part of the sandbox.
            CommandTemplate template = Judge.commandTemplate(settings, language, problem.memoryLimitMb());

            // Shared machines are noisy: alternate bare and judged rounds and keep each one's best.
            long bareMs = Long.MAX_VALUE;
            long judgeMs = Long.MAX_VALUE;
            String verdict = "";
            for (int round = 0; round < ROUNDS; round++) {
                bareMs = Math.min(bareMs, bare(dir.resolve("bare-" + round), template, language, source, problem));
                long judgeStart = System.nanoTime();
                JudgeResult result = new Judge(sandbox, catalog, settings)
                        .judge(problem, language, source.getBytes(StandardCharsets.UTF_8));
                judgeMs = Math.min(judgeMs, (System.nanoTime() - judgeStart) / 1_000_000);
                verdict = result.verdict().name();
            }
            return new BenchReport.LanguageFigures(language.id(), verdict, judgeMs, bareMs,
                    Math.round(1000.0 * judgeMs / Math.max(1, bareMs)) / 1000.0,
                    Math.round(10.0 * (judgeMs - bareMs) / tests) / 10.0,
                    BenchProblem.ITERATIONS.getOrDefault(language.id(), 0L));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                try {
                    TreeRemover.remove(dir);
                } catch (IOException ignored) {
                    // A temp directory left behind is harmless.
                }
            }
        }
    }

    private static long bare(Path dir, CommandTemplate template, Language language, String source, Problem problem)
            throws IOException {
        long start = System.nanoTime();
        BareRunner bare = new BareRunner(dir, template);
        bare.compile(language, source);
        for (TestCase test : problem.tests()) {
            byte[] out = bare.run(language, test.input());
            if (!Arrays.equals(strip(out), strip(Files.readAllBytes(test.expected())))) {
                throw new IllegalStateException("bare run of " + language.id() + " gave a wrong answer");
            }
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static byte[] strip(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII).strip().getBytes(StandardCharsets.US_ASCII);
    }
}
