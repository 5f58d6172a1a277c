package dev.boucle.judge.cli;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.submission.ExpectedVerdict;
import dev.boucle.judge.submission.SourceFiles;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code boucle-judge batch --problem DIR [--jobs N] [--list FILE] PATH...}: judges many
 * submissions of one problem in one JVM (one sandbox probe, warm caches) and prints one JSON line
 * per submission, in the order found, then a summary line. A PATH is a source file, a folder of
 * them (Kattis {@code submissions/accepted/...}, the bank's {@code solutions/} and {@code wrong/}),
 * or inside such a folder a sub-folder of plain files: one multi-file submission. The language
 * comes from the extension. Exit 0 when every submission that says what it expects got it, 1 when
 * one did not (or could not be judged), 2 for bad arguments.
 */
final class BatchCommand {
    static final int MISMATCH = 1;

    private record Entry(Path path, Optional<Language> language, String error) {
    }

    private BatchCommand() {
    }

    static int run(List<String> args, PrintStream out) {
        Map<String, String> options = new LinkedHashMap<>();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (Set.of("--problem", "--jobs", "--list").contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                if (options.put(arg, args.get(++i)) != null) {
                    throw new UsageException("option " + arg + " given twice");
                }
            } else if (arg.startsWith("--")) {
                throw new UsageException("unknown argument '" + Arguments.printable(arg) + "'");
            } else {
                paths.add(Path.of(arg));
            }
        }
        if (!options.containsKey("--problem")) {
            throw new UsageException("missing --problem");
        }
        if (options.containsKey("--list")) {
            paths.addAll(listed(Path.of(options.get("--list"))));
        }
        if (paths.isEmpty()) {
            throw new UsageException("batch needs submissions: files, folders or --list FILE");
        }
        int jobs = jobs(options.getOrDefault("--jobs", "1"));
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException("no such submission: " + path);
            }
            collect(path, true, catalog, entries);
        }
        Problem problem = new ProblemLoader().load(Path.of(options.get("--problem")));
        Judge judge = new Judge(Sandbox.forHost(), catalog, JudgeSettings.fromEnvironment(System.getenv()));
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Map<String, Object>>> lines = new ArrayList<>();
            for (Entry entry : entries) {
                lines.add(pool.submit(() -> judgeOne(judge, problem, entry)));
            }
            int judged = 0;
            int matched = 0;
            int failed = 0;
            for (Future<Map<String, Object>> line : lines) {
                Map<String, Object> result = line.get();
                out.println(JsonReport.line(result));
                judged++;
                Object matches = result.get("matches");
                if (Boolean.TRUE.equals(matches)) {
                    matched++;
                } else if (Boolean.FALSE.equals(matches) || result.containsKey("error")) {
                    failed++;
                }
            }
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("submissions", judged);
            summary.put("asExpected", matched);
            summary.put("notAsExpected", failed);
            out.println(JsonReport.line(Map.of("summary", summary)));
            return failed == 0 ? BoucleJudge.OK : MISMATCH;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> judgeOne(Judge judge, Problem problem, Entry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("submission", entry.path().toString());
        line.put("language", entry.language().map(Language::id).orElse(null));
        SourceFiles files;
        try {
            if (entry.language().isEmpty()) {
                throw new UsageException(entry.error());
            }
            files = SubmissionReader.read(List.of(entry.path()));
        } catch (UsageException e) {
            line.put("error", e.getMessage());
            return line;
        }
        Set<Verdict> expected = ExpectedVerdict.of(entry.path(), List.copyOf(files.files().values()));
        JudgeResult result = judge.judge(problem, entry.language().get(), files);
        line.put("verdict", result.verdict().name());
        line.put("expected", expected.stream().map(Verdict::name).toList());
        line.put("matches", expected.isEmpty() ? null : expected.contains(result.verdict()));
        line.put("maxTimeMs", result.tests().stream().mapToLong(TestResult::cpuMs).max().orElse(0));
        result.tests().stream().filter(t -> t.verdict() != Verdict.AC).findFirst().ifPresent(t -> {
            line.put("failedTest", t.name());
            line.put("detail", t.detail());
        });
        if (result.verdict() == Verdict.CE) {
            line.put("compileOutput", firstLines(result.compileOutput()));
        }
        if (result.verdict() == Verdict.SE) {
            line.put("notes", result.notes());
        }
        return line;
    }

    /** Files and multi-file folders under {@code path}, sorted; {@code top} folders always hold submissions. */
    private static void collect(Path path, boolean top, LanguageCatalog catalog, List<Entry> entries) {
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Language> language = languageOf(catalog, List.of(path));
            if (language.isPresent() || top) {
                entries.add(new Entry(path, language, "no language for " + path.getFileName()));
            }
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> children = children(path);
        boolean holdsFolders = children.stream().anyMatch(Files::isDirectory);
        String name = path.getFileName() == null ? "" : path.getFileName().toString();
        if (!top && !holdsFolders && !ExpectedVerdict.isVerdictFolder(name)) {
            Optional<Language> language = languageOf(catalog, children);
            entries.add(new Entry(path, language, "no single language for the files of " + path));
            return;
        }
        children.forEach(child -> collect(child, false, catalog, entries));
    }

    /** The one language whose source extensions the files use (headers and the like do not count). */
    private static Optional<Language> languageOf(LanguageCatalog catalog, List<Path> files) {
        List<Language> found = catalog.all().stream()
                .filter(l -> files.stream().anyMatch(f -> l.compiles(f.getFileName().toString())))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private static List<Path> children(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UsageException("cannot list " + folder + ": " + e.getMessage());
        }
    }

    private static List<Path> listed(Path list) {
        try {
            return Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(Path::of).toList();
        } catch (IOException e) {
            throw new UsageException("cannot read list " + list + ": " + e.getMessage());
        }
    }

    private static int jobs(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 16) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // Reported below.
        }
        throw new UsageException("--jobs must be a number between 1 and 16");
    }

    private static String firstLines(String text) {
        return text.lines().limit(5).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
