package dev.boucle.judge.cli;

import dev.boucle.judge.bench.Bench;
import dev.boucle.judge.config.ConfigException;
import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxUnavailableException;
import dev.boucle.judge.submission.SourceFiles;
import dev.boucle.judge.verdict.JudgeResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Command line: {@code boucle-judge run --problem DIR --lang ID --source FILE [--json]} and
 * {@code boucle-judge bench [--json]}; Kattis packages: see {@link PackageCommands}.
 *
 * <p>Exit codes: 0 whenever a verdict was produced (whatever it is); 2 for bad arguments or an
 * unreadable problem; 3 when this host cannot sandbox (e.g. bubblewrap missing). Errors are exactly
 * one line on stderr so that callers can log them verbatim.
 */
public final class BoucleJudge {
    static final int OK = 0;
    static final int USAGE = 2;
    static final int NO_SANDBOX = 3;
    private static final String USAGE_LINE =
            "usage: boucle-judge run --problem DIR --lang LANG --source FILE|DIR [--source FILE...] [--json]"
            + " | boucle-judge batch --problem DIR SUBMISSION... | boucle-judge bench [--json] | "
            + PackageCommands.USAGE;

    private BoucleJudge() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) {
                throw new UsageException(USAGE_LINE);
            }
            List<String> rest = args.subList(1, args.size());
            return switch (args.get(0)) {
                case "run" -> judge(rest, out);
                case "bench" -> bench(rest, out);
                case "import-package" -> PackageCommands.importPackage(rest, out, err);
                case "export-package" -> PackageCommands.exportPackage(rest, out);
                case "batch" -> BatchCommand.run(rest, out);
                case "--help", "-h", "help" -> {
                    out.println(USAGE_LINE);
                    yield OK;
                }
                default -> throw new UsageException("unknown command '" + Arguments.printable(args.get(0)) + "'; "
                        + USAGE_LINE);
            };
        } catch (UsageException | ConfigException e) {
            err.println("boucle-judge: " + Arguments.printable(e.getMessage()));
            return USAGE;
        } catch (SandboxUnavailableException e) {
            err.println("boucle-judge: " + Arguments.printable(e.getMessage()));
            return NO_SANDBOX;
        }
    }

    private static int judge(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(args, Set.of("--problem", "--lang"), Set.of("--json"), Set.of("--source"));
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        Language language = language(catalog, a.required("--lang"));
        SourceFiles source = SubmissionReader.read(a.all("--source").stream().map(Path::of).toList());
        Problem problem = new ProblemLoader().load(Path.of(a.required("--problem")));
        Judge judge = new Judge(Sandbox.forHost(), catalog, JudgeSettings.fromEnvironment(System.getenv()));
        JudgeResult result = judge.judge(problem, language, source);
        out.println(a.flag("--json") ? JsonReport.of(result) : JsonReport.text(result));
        return OK;
    }

    static Language language(LanguageCatalog catalog, String langId) {
        return catalog.find(langId).orElseThrow(() -> new UsageException("unknown language '"
                + Arguments.printable(langId) + "' (known: " + String.join(", ",
                catalog.all().stream().map(Language::id).toList()) + ")"));
    }

    private static int bench(List<String> args, PrintStream out) {
        Arguments a = Arguments.parse(args, Set.of("--tests", "--lang"), Set.of("--json"));
        int tests = a.optional("--tests").map(BoucleJudge::positive).orElse(50);
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        List<Language> languages = a.optional("--lang")
                .map(id -> List.of(catalog.find(id).orElseThrow(() -> new UsageException("unknown language '"
                        + Arguments.printable(id) + "'"))))
                .orElse(catalog.all());
        Bench bench = new Bench(Sandbox.forHost(), catalog, JudgeSettings.fromEnvironment(System.getenv()));
        var report = bench.run(languages, tests);
        out.println(a.flag("--json") ? JsonReport.of(report) : report.toText());
        return OK;
    }

    private static int positive(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n > 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new UsageException("--tests must be a number between 1 and 1000");
    }
}
