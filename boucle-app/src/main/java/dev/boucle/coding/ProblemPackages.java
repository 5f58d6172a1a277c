package dev.boucle.coding;

import dev.boucle.judge.kattis.ImportResult;
import dev.boucle.judge.kattis.PackageException;
import dev.boucle.judge.kattis.PackageExporter;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.sandbox.SandboxUnavailableException;
import dev.boucle.judge.workspace.TreeRemover;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.BoucleProperties;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Kattis problem packages in and out of the bank. An upload is imported by the judge (its
 * self-test judges every program of submissions/ and must see the verdict of its folder) into the
 * data directory's judge/imported folder, and the administrator's choice of topic, difficulty
 * and round types, which a package does not carry, goes into that folder's bank.yaml, which
 * {@link ProblemBank} reads beside the shipped one. Imports run one at a time.
 */
@Component
class ProblemPackages {

    private static final Logger log = LoggerFactory.getLogger(ProblemPackages.class);

    /** Where an imported problem goes in the bank: what the package cannot say. */
    record Placement(CodingProblem.Topic topic, CodingProblem.Difficulty difficulty, List<String> roundTypes) {}

    private final ProblemBank bank;
    private final JudgeEngine engine;
    private final Path uploads;

    ProblemPackages(ProblemBank bank, JudgeEngine engine, BoucleProperties properties) {
        this.bank = bank;
        this.engine = engine;
        this.uploads = properties.dataDir().resolve("judge").resolve("uploads");
    }

    /** Reads the form fields, naming each bad one; round types must be ones the bank's coding rounds use. */
    Placement placement(String topic, String difficulty, List<String> roundTypes, Set<String> knownRoundTypes) {
        Map<String, String> errors = new LinkedHashMap<>();
        CodingProblem.Topic t = parse(CodingProblem.Topic.class, topic, "topic", errors);
        CodingProblem.Difficulty d = parse(CodingProblem.Difficulty.class, difficulty, "difficulty", errors);
        List<String> types = roundTypes == null ? List.of() : roundTypes.stream()
                .flatMap(r -> java.util.Arrays.stream(r.split(","))).map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        if (types.isEmpty() || !knownRoundTypes.containsAll(types)) errors.put("roundTypes", "coding.package.round-types");
        if (!errors.isEmpty()) throw new BadInput(errors, "coding.package.bad-fields", String.join(", ", errors.keySet()));
        return new Placement(t, d, types);
    }

    synchronized ImportResult importPackage(InputStream upload, Placement placement, CurrentUser user) {
        Path zip = uploads.resolve("package-" + UUID.randomUUID() + ".zip");
        Path imported = bank.importedFolder();
        try {
            Files.createDirectories(uploads);
            Files.copy(upload, zip, StandardCopyOption.REPLACE_EXISTING);
            ImportResult result;
            try {
                result = engine.importer().importPackage(zip, imported);
            } catch (SandboxUnavailableException e) {
                throw new Conflict("coding.package.no-sandbox", e.getMessage());
            }
            if (bank.taken(result.id())) {
                TreeRemover.remove(result.directory());
                throw new Conflict("coding.package.taken", result.id());
            }
            addToBankFile(imported, result, placement);
            log.info("Problem {} imported from a Kattis package by user {}", result.id(), user.id());
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // An upload left behind is removed with the next one's folder clean-up at the latest.
            }
        }
    }

    /** The problem as a Kattis package zip; function problems and testlib checkers have none. */
    byte[] export(String id) {
        CodingProblem problem = bank.judgeable(id).orElseThrow(() -> new NotFound("problem", id));
        try {
            Files.createDirectories(uploads);
            Path dir = Files.createTempDirectory(uploads, "export-");
            try {
                Path zip = dir.resolve(id + ".zip");
                new PackageExporter().export(problem.problem().directory(), zip);
                return Files.readAllBytes(zip);
            } finally {
                TreeRemover.remove(dir);
            }
        } catch (PackageException e) {
            throw new Conflict("coding.package.not-exportable", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the entry, then reloads the bank; a bank that no longer loads is put back as it was. */
    private void addToBankFile(Path folder, ImportResult result, Placement placement) throws IOException {
        Path file = folder.resolve("bank.yaml");
        String before = Files.isRegularFile(file) ? Files.readString(file)
                : "# Problems imported from Kattis packages on /admin/problems; the placement is the administrator's.\nproblems:\n";
        List<String> samples = new dev.boucle.judge.problem.ProblemLoader().load(result.directory()).tests().stream()
                .map(TestCase::name).filter(n -> n.startsWith("sample.")).toList();
        String entry = "  - {id: " + result.id() + ", topic: " + placement.topic() + ", difficulty: " + placement.difficulty()
                + ", roundTypes: [" + String.join(", ", placement.roundTypes()) + "], samples: ["
                + String.join(", ", samples.stream().map(s -> "\"" + s + "\"").toList()) + "]}\n";
        Path staged = folder.resolve("bank.yaml.new");
        Files.writeString(staged, before + entry, StandardCharsets.UTF_8);
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        bank.reload();
        try {
            bank.find(result.id()).orElseThrow(() -> new IllegalStateException("not in the bank after the import"));
        } catch (RuntimeException e) {
            Files.writeString(file, before, StandardCharsets.UTF_8);
            TreeRemover.remove(result.directory());
            bank.reload();
            throw new Conflict("coding.package.bank-refused", e.getMessage());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, Map<String, String> errors) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.put(field, "coding.package." + field);
            return null;
        }
    }
}
