package dev.boucle.judge.bank;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem of the bank: it loads, has both statements and at least 8 tests, every reference
 * solution is accepted in every language, and every wrong solution gets the verdict its file name
 * starts with (wrong/tle-quadratic.py must end TLE). Submissions are judged two at a time.
 */
class ProblemBankTest {
    private static final Path BANK = Path.of("problems");
    private static final Map<String, String> LANGUAGES = Map.of("py", "python", "cpp", "cpp", "java", "java");
    private static final LanguageCatalog CATALOG = LanguageCatalog.builtIn();

    record Submission(Problem problem, Path file, Verdict expected) {
    }

    @Test
    void everyProblemIsCompleteAndEverySolutionGetsItsVerdict() throws Exception {
        List<Problem> problems = problems();
        assertThat(problems).hasSizeGreaterThanOrEqualTo(12);
        List<Submission> submissions = new ArrayList<>();
        for (Problem problem : problems) {
            Path dir = problem.directory();
            assertThat(dir.resolve("statement.en.md")).as(problem.id()).isRegularFile();
            assertThat(dir.resolve("statement.fr.md")).as(problem.id()).isRegularFile();
            assertThat(problem.tests()).as(problem.id()).hasSizeGreaterThanOrEqualTo(8);
            List<Path> references = files(dir.resolve("solutions"));
            assertThat(references.stream().map(ProblemBankTest::language).distinct())
                    .as(problem.id() + " references").containsExactlyInAnyOrder("python", "cpp", "java");
            references.forEach(f -> submissions.add(new Submission(problem, f, Verdict.AC)));
            List<Path> wrong = files(dir.resolve("wrong"));
            assertThat(wrong).as(problem.id() + " wrong solutions").hasSizeGreaterThanOrEqualTo(2);
            for (Path f : wrong) {
                String prefix = f.getFileName().toString().split("-", 2)[0];
                submissions.add(new Submission(problem, f, Verdict.valueOf(prefix.toUpperCase(Locale.ROOT))));
            }
        }
        Judge judge = SandboxFixture.judge(CATALOG);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Submission s : submissions) {
                outcomes.add(pool.submit(() -> check(judge, s)));
            }
            List<String> failures = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                String failure = outcome.get();
                if (failure != null) {
                    failures.add(failure);
                }
            }
            assertThat(failures).as("submissions that did not get their verdict").isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String check(Judge judge, Submission s) throws IOException {
        JudgeResult result = judge.judge(s.problem(), CATALOG.find(language(s.file())).orElseThrow(),
                Files.readAllBytes(s.file()));
        if (result.verdict() == s.expected()) {
            return null;
        }
        return s.problem().id() + "/" + s.problem().directory().relativize(s.file()) + ": expected " + s.expected()
                + ", got " + result;
    }

    private static List<Problem> problems() throws IOException {
        try (Stream<Path> dirs = Files.list(BANK)) {
            return dirs.filter(Files::isDirectory).sorted().map(d -> new ProblemLoader().load(d)).toList();
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> LANGUAGES.containsKey(extension(f))).sorted().toList();
        }
    }

    private static String language(Path file) {
        return LANGUAGES.get(extension(file));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
