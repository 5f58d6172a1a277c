package dev.boucle.judge.kattis;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.kattis.KattisPackage.Submission;
import dev.boucle.judge.kattis.SelfTestReport.Entry;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Judges a package's own submissions on the converted problem, exactly as candidates will be judged. */
final class SelfTest {
    private final Judge judge;
    private final LanguageCatalog catalog;

    SelfTest(Judge judge, LanguageCatalog catalog) {
        this.judge = judge;
        this.catalog = catalog;
    }

    List<Entry> run(Problem problem, List<Submission> submissions) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Submission s : submissions) {
            byte[] source = Files.readAllBytes(s.program().file());
            JudgeResult result = judge.judge(problem, catalog.find(s.program().language()).orElseThrow(), source);
            long slowest = result.tests().stream().mapToLong(TestResult::cpuMs).max().orElse(0);
            entries.add(new Entry(s.program().path(), s.program().language(), s.expected().verdict(), result.verdict(),
                    slowest, detail(result)));
        }
        return entries;
    }

    private static String detail(JudgeResult result) {
        if (result.verdict() == Verdict.CE) {
            return "compile: " + firstLine(result.compileOutput());
        }
        if (result.verdict() == Verdict.SE && result.tests().stream().allMatch(t -> t.verdict() != Verdict.SE)) {
            return firstLine(result.notes().isEmpty() ? "" : result.notes().get(result.notes().size() - 1));
        }
        return result.tests().stream().filter(t -> t.verdict() != Verdict.AC).findFirst()
                .map(t -> "test " + t.name() + ": " + t.verdict() + (t.detail().isEmpty() ? "" : ", " + firstLine(t.detail())))
                .orElse("");
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
