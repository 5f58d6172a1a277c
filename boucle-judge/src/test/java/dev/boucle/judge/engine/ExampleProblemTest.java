package dev.boucle.judge.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.support.SandboxFixture;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example documented in README.md, judged as documented. */
class ExampleProblemTest {
    private static final Path EXAMPLE = Path.of("examples/sum-of-two");

    @ParameterizedTest
    @CsvSource({"python, main.py", "cpp, main.cpp", "java, Main.java"})
    void exampleSolutionsAreAccepted(String language, String file) throws Exception {
        Problem problem = new ProblemLoader().load(EXAMPLE);
        assertThat(problem.id()).isEqualTo("sum-of-two");
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        JudgeResult result = SandboxFixture.judge(catalog).judge(problem, catalog.find(language).orElseThrow(),
                Files.readAllBytes(EXAMPLE.resolve("solutions").resolve(file)));
        assertThat(result.verdict()).as("%s", result).isEqualTo(Verdict.AC);
        assertThat(result.tests()).hasSize(problem.tests().size());
    }
}
