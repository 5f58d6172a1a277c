package dev.boucle.judge.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real sandbox per test JVM. These tests need bubblewrap: without it they fail on purpose
 * (with the install hint) rather than silently skip, since the attack corpus must pass to ship.
 */
public final class SandboxFixture {
    private static Sandbox sandbox;
    private static Path root;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private SandboxFixture() {
    }

    public static synchronized Sandbox sandbox() {
        if (sandbox == null) {
            sandbox = Sandbox.forHost();
        }
        return sandbox;
    }

    public static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("boucle-judge-tests-");
                Path created = root;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        dev.boucle.judge.workspace.TreeRemover.remove(created);
                    } catch (IOException ignored) {
                        // Best effort: it is a temp directory.
                    }
                }));
                // The sandbox user must be able to reach its own work directories under here.
                Files.setPosixFilePermissions(root, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return root;
    }

    public static Path workBase() {
        return root().resolve("work");
    }

    public static Path newDir(String prefix) {
        try {
            return Files.createDirectories(root().resolve(prefix + "-" + COUNTER.incrementAndGet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JudgeSettings settings() {
        return new JudgeSettings(workBase(), JudgeSettings.fromEnvironment(Map.of()).javaHome());
    }

    public static Judge judge() {
        return judge(LanguageCatalog.builtIn());
    }

    public static Judge judge(LanguageCatalog catalog) {
        return new Judge(sandbox(), catalog, settings());
    }

    public static JudgeResult judge(TestProblem problem, String language, String source) {
        return judge(LanguageCatalog.builtIn(), problem, language, source);
    }

    public static JudgeResult judge(LanguageCatalog catalog, TestProblem problem, String language, String source) {
        Problem loaded = new ProblemLoader().load(problem.writeTo(newDir("problem")));
        return judge(catalog).judge(loaded, catalog.find(language).orElseThrow(), source.getBytes(StandardCharsets.UTF_8));
    }

    /** A plain correct submission, used after every attack to show the next one is unaffected. */
    public static void assertNextSubmissionUnaffected() {
        JudgeResult result = judge(TestProblem.create().test("1", "2 3\n", "5\n").test("2", "10 -4\n", "6\n"),
                "python", "a, b = map(int, input().split())\nprint(a + b)\n");
        assertThat(result.verdict()).as("follow-up submission: %s", result).isEqualTo(Verdict.AC);
    }
}
