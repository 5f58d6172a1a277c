package dev.boucle.judge.kattis;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.kattis.KattisPackage.Submission;
import dev.boucle.judge.kattis.SelfTestReport.Entry;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.judge.workspace.TreeRemover;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports a Kattis package (a folder, or a .zip/.kpp of one) as a Boucle problem folder under an
 * output folder, after its self-test: every program under submissions/ is judged on the converted
 * problem and must get the verdict of its folder. Until then everything happens in a staging
 * folder beside the output; a package that fails leaves nothing behind.
 *
 * <p>The time limit is the package's own ({@code limits.time_limit} or DOMjudge's
 * {@code .timelimit}) or else, as Kattis does, the slowest accepted submission times
 * {@code limits.time_multiplier}, rounded up to whole seconds.
 */
public final class PackageImporter {
    /** What accepted submissions may use while the time limit is being found. */
    static final int PROBING_LIMIT_MS = 10_000;

    private final Judge judge;
    private final LanguageCatalog catalog;
    private final PackageLimits limits;

    public PackageImporter(Judge judge, LanguageCatalog catalog, PackageLimits limits) {
        this.judge = judge;
        this.catalog = catalog;
        this.limits = limits;
    }

    public ImportResult importPackage(Path source, Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path staging = Files.createTempDirectory(outDir, ".import-");
            try {
                return importInto(source, outDir, staging);
            } finally {
                TreeRemover.remove(staging);
            }
        } catch (IOException e) {
            throw new PackageException("cannot import " + source.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private ImportResult importInto(Path source, Path outDir, Path staging) throws IOException {
        Path unpacked = staging.resolve("package");
        String name = source.getFileName().toString();
        if (Files.isDirectory(source)) {
            PackageFiles.copyTree(source, unpacked, limits);
        } else if (Files.isRegularFile(source) && (name.endsWith(".zip") || name.endsWith(".kpp"))) {
            Files.createDirectories(unpacked);
            PackageFiles.unzip(source, unpacked, limits);
            name = name.substring(0, name.length() - 4);
        } else {
            throw new PackageException("not a package folder or a .zip file: " + PackageFiles.printable(name));
        }
        Path root = unpacked;
        if (!Files.isRegularFile(root.resolve("problem.yaml"))) {
            List<Path> dirs = subfolders(unpacked);
            if (dirs.size() == 1 && Files.isRegularFile(dirs.get(0).resolve("problem.yaml"))) {
                root = dirs.get(0);
                name = root.getFileName().toString();
            }
        }
        KattisPackage pkg = new PackageReader(catalog).read(root, name);
        Path target = outDir.resolve(pkg.id());
        if (Files.exists(target)) {
            throw new PackageException("a problem " + pkg.id() + " already exists in " + outDir);
        }
        Path converted = staging.resolve(pkg.id());
        SelfTestReport report = convertAndTest(pkg, converted);
        if (!report.passed()) {
            throw new SelfTestFailed(report);
        }
        try {
            BoucleProblemWriter.move(converted, target);
        } catch (FileAlreadyExistsException e) {
            throw new PackageException("a problem " + pkg.id() + " already exists in " + outDir);
        }
        return new ImportResult(pkg.id(), pkg.title(), target, report);
    }

    private SelfTestReport convertAndTest(KattisPackage pkg, Path dir) throws IOException {
        SelfTest selfTest = new SelfTest(judge, catalog);
        List<Submission> accepted = pkg.submissions().stream().filter(s -> s.expected() == ExpectedVerdict.ACCEPTED).toList();
        List<Submission> others = pkg.submissions().stream().filter(s -> s.expected() != ExpectedVerdict.ACCEPTED).toList();
        List<Entry> entries = new ArrayList<>();
        int timeLimit;
        String source;
        if (pkg.timeLimitMs().isPresent()) {
            timeLimit = pkg.timeLimitMs().getAsInt();
            source = "from the package";
            BoucleProblemWriter.write(pkg, timeLimit, dir);
            entries.addAll(selfTest.run(load(dir), accepted));
        } else {
            BoucleProblemWriter.write(pkg, PROBING_LIMIT_MS, dir);
            entries.addAll(selfTest.run(load(dir), accepted));
            long slowest = entries.stream().filter(e -> e.actual() == Verdict.AC).mapToLong(Entry::slowestMs).max().orElse(0);
            long scaled = (long) Math.ceil(slowest * pkg.timeMultiplier());
            timeLimit = (int) Math.clamp((scaled + 999) / 1000 * 1000, 1000, 60_000);
            source = pkg.timeMultiplier() + " x the slowest accepted run (" + slowest + " ms), rounded up to seconds";
            BoucleProblemWriter.writeYaml(pkg, timeLimit, dir);
        }
        Problem problem = load(dir);
        entries.addAll(selfTest.run(problem, others));
        return new SelfTestReport(entries, pkg.skipped(), timeLimit, source);
    }

    private static Problem load(Path dir) {
        try {
            return new ProblemLoader().load(dir);
        } catch (RuntimeException e) {
            throw new PackageException("the converted problem does not load: " + e.getMessage(), e);
        }
    }

    private static List<Path> subfolders(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().equals("__MACOSX")).toList();
        }
    }
}
