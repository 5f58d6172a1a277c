package dev.boucle.judge.cli;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.kattis.ImportResult;
import dev.boucle.judge.kattis.PackageException;
import dev.boucle.judge.kattis.PackageExporter;
import dev.boucle.judge.kattis.PackageImporter;
import dev.boucle.judge.kattis.PackageLimits;
import dev.boucle.judge.kattis.SelfTestFailed;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.sandbox.Sandbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code import-package <dir|zip> <out-dir>} and {@code export-package <problem-dir> <out>}.
 * An import prints its self-test; when the self-test fails the report is still printed, with one
 * line on stderr naming the file, and the exit code is {@link #SELF_TEST_FAILED}.
 */
final class PackageCommands {
    static final int SELF_TEST_FAILED = 1;
    static final String USAGE = "boucle-judge import-package <dir|zip> <out-dir> | boucle-judge export-package <problem-dir> <out[.zip]>";

    private PackageCommands() {
    }

    static int importPackage(List<String> args, PrintStream out, PrintStream err) {
        List<Path> paths = twoPaths(args, "import-package");
        PackageImporter importer = new PackageImporter(
                new Judge(Sandbox.forHost(), LanguageCatalog.builtIn(), JudgeSettings.fromEnvironment(System.getenv())),
                LanguageCatalog.builtIn(), PackageLimits.DEFAULT);
        try {
            ImportResult result = importer.importPackage(paths.get(0), paths.get(1));
            out.println("imported " + result.id() + " into " + result.directory());
            out.println(result.report().toText());
            return BoucleJudge.OK;
        } catch (SelfTestFailed e) {
            out.println(e.report().toText());
            err.println("boucle-judge: " + Arguments.printable(e.getMessage()));
            return SELF_TEST_FAILED;
        } catch (PackageException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static int exportPackage(List<String> args, PrintStream out) {
        List<Path> paths = twoPaths(args, "export-package");
        try {
            new PackageExporter().export(paths.get(0), paths.get(1));
        } catch (PackageException e) {
            throw new UsageException(e.getMessage());
        }
        out.println("exported " + paths.get(0) + " to " + paths.get(1));
        return BoucleJudge.OK;
    }

    private static List<Path> twoPaths(List<String> args, String command) {
        if (args.size() != 2 || args.stream().anyMatch(a -> a.startsWith("--"))) {
            throw new UsageException(command + " needs exactly two paths; usage: " + USAGE);
        }
        return List.of(Path.of(args.get(0)), Path.of(args.get(1)));
    }
}
