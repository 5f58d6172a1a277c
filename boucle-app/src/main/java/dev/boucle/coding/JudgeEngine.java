package dev.boucle.coding;

import dev.boucle.coding.Submission.Result;
import dev.boucle.coding.Submission.TestRun;
import dev.boucle.judge.engine.Judge;
import dev.boucle.judge.engine.JudgeSettings;
import dev.boucle.judge.kattis.PackageImporter;
import dev.boucle.judge.kattis.PackageLimits;
import dev.boucle.judge.language.Language;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.sandbox.Sandbox;
import dev.boucle.judge.sandbox.SandboxUnavailableException;
import dev.boucle.judge.verdict.JudgeResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The judge engine as the app uses it. The sandbox is probed on first use, not at start-up; a host
 * without bubblewrap judges nothing and every submission it takes ends as a system error that
 * says how to install it. Candidate code never runs outside the engine's sandbox.
 */
@Component
class JudgeEngine {

    private static final Logger log = LoggerFactory.getLogger(JudgeEngine.class);
    /** The judge's build (boucle-judge's jar), recorded with every verdict it gives. */
    static final String VERSION = dev.boucle.platform.EngineVersion.of(Judge.class, "boucle-judge");
    /**
     * The judge's languages that take every problem kind. C (stdio only: no function harness) is
     * left out until pads offer languages per problem, so that no candidate picks a language the
     * problem in front of them cannot be judged in. The judge itself keeps them all (checkers).
     */
    private final LanguageCatalog catalog = LanguageCatalog.builtIn();
    private final LanguageCatalog languages = everyKind(catalog);
    private volatile Judge judge;

    public List<Language> languages() {
        return languages.all();
    }

    public Optional<Language> language(String id) {
        return languages.find(id);
    }

    Result judge(CodingProblem problem, String languageId, String source) {
        Language language = languages.find(languageId).orElse(null);
        if (language == null) return Result.systemError("unknown language " + languageId);
        Judge engine;
        try {
            engine = engine();
        } catch (SandboxUnavailableException e) {
            return Result.systemError(e.getMessage());
        }
        JudgeResult result = engine.judge(problem.problem(), language, source.getBytes(StandardCharsets.UTF_8));
        return new Result(result.verdict(), result.compileOutput(), result.tests().stream()
                .map(t -> new TestRun(t.name(), t.verdict(), t.cpuMs(), t.wallMs(), t.memoryKb(), t.detail())).toList());
    }

    /**
     * The engine and every language it knows, for the self-test of an imported package
     * (ProblemPackages): a package's C solutions are judged too, though pads do not offer C yet.
     */
    PackageImporter importer() {
        return new PackageImporter(engine(), catalog, PackageLimits.DEFAULT);
    }

    private static LanguageCatalog everyKind(LanguageCatalog all) {
        return new LanguageCatalog(all.defaults(), all.all().stream().filter(l -> l.function().isPresent()).toList());
    }

    /** The source's SHA-256 in hex: what the log of verdicts keeps instead of the code. */
    static String sha256(String source) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(source.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private Judge engine() {
        Judge current = judge;
        if (current == null) {
            synchronized (this) {
                if (judge == null) {
                    Sandbox sandbox = Sandbox.forHost();
                    log.info("Judge sandbox: {}", sandbox.describe());
                    judge = new Judge(sandbox, catalog, JudgeSettings.fromEnvironment(System.getenv()));
                }
                current = judge;
            }
        }
        return current;
    }
}
