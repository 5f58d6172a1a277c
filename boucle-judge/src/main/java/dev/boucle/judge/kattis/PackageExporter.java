package dev.boucle.judge.kattis;

import dev.boucle.judge.problem.CheckerSpec;
import dev.boucle.judge.problem.CheckerSpec.CheckerProtocol;
import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemKind;
import dev.boucle.judge.problem.ProblemLoader;
import dev.boucle.judge.problem.TestCase;
import dev.boucle.judge.problem.ValidatorFlags;
import dev.boucle.judge.workspace.TreeRemover;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a Boucle problem as a Kattis package (legacy layout, which DOMjudge reads too): tests
 * named sample.NAME go to data/sample, the others to data/secret; the checker becomes the default
 * validator with the flags that judge alike, or the custom validator; solutions/ and wrong/ become
 * submissions/ folders; the time limit goes to DOMjudge's .timelimit, which the import reads back.
 * A function problem or a testlib-protocol checker has no Kattis equivalent and is refused.
 */
public final class PackageExporter {

    /** Writes the package as a folder, or as a zip of a folder named after the problem when {@code out} ends in .zip. */
    public void export(Path problemDir, Path out) {
        Problem problem;
        try {
            problem = new ProblemLoader().load(problemDir);
        } catch (RuntimeException e) {
            throw new PackageException("not a Boucle problem: " + e.getMessage(), e);
        }
        if (Files.exists(out)) {
            throw new PackageException(out + " already exists");
        }
        try {
            if (out.getFileName().toString().endsWith(".zip")) {
                Path staging = Files.createTempDirectory(out.toAbsolutePath().getParent(), ".export-");
                try {
                    Path folder = staging.resolve(problem.id());
                    write(problem, folder);
                    zip(folder, out);
                } finally {
                    TreeRemover.remove(staging);
                }
            } else {
                write(problem, out);
            }
        } catch (IOException e) {
            throw new PackageException("cannot export " + problem.id() + ": " + e.getMessage(), e);
        }
    }

    /** Everything but the zip: a package folder. */
    public void write(Problem problem, Path dir) throws IOException {
        if (problem.kind() != ProblemKind.STDIO) {
            throw new PackageException(problem.id() + " is a function problem; Kattis packages hold stdio problems only");
        }
        CheckerSpec checker = problem.checker();
        if (checker.kind() == CheckerSpec.CheckerKind.CUSTOM && checker.protocol() != CheckerProtocol.KATTIS) {
            throw new PackageException(problem.id() + ": its checker answers with exit 0 / 1 (testlib); a Kattis "
                    + "validator answers 42 / 43 and reads the output on stdin: port it, then export");
        }
        Files.createDirectories(dir);
        List<String> yaml = new ArrayList<>();
        yaml.add("name: " + BoucleProblemWriter.quoted(problem.title()));
        yaml.add("limits:");
        yaml.add("  memory: " + problem.memoryLimitMb());
        yaml.add("  output: " + Math.max(1, (problem.outputLimitKb() + 1023) / 1024));
        yaml.add("validation: " + (checker.kind() == CheckerSpec.CheckerKind.CUSTOM ? "custom" : "default"));
        String flags = flags(checker).toFlags();
        if (!flags.isEmpty()) {
            yaml.add("validator_flags: " + BoucleProblemWriter.quoted(flags));
        }
        Files.writeString(dir.resolve("problem.yaml"), String.join("\n", yaml) + "\n");
        Files.writeString(dir.resolve(".timelimit"), seconds(problem.timeLimitMs()) + "\n");
        for (TestCase test : problem.tests()) {
            boolean sample = test.name().startsWith("sample.");
            String name = test.name().replaceFirst("^(sample|secret)\\.", "");
            Path group = Files.createDirectories(dir.resolve("data").resolve(sample ? "sample" : "secret"));
            Files.copy(test.input(), group.resolve(name + ".in"));
            Files.copy(test.expected(), group.resolve(name + ".ans"));
        }
        if (checker.kind() == CheckerSpec.CheckerKind.CUSTOM) {
            Path program = checker.program().orElseThrow();
            Path validators = Files.createDirectories(dir.resolve("output_validators").resolve("validator"));
            Files.copy(program, validators.resolve(program.getFileName()));
        }
        Path from = problem.directory();
        for (String language : List.of("en", "fr")) {
            Path statement = from.resolve("statement." + language + ".md");
            if (Files.isRegularFile(statement)) {
                Files.createDirectories(dir.resolve("problem_statement"));
                Files.copy(statement, dir.resolve("problem_statement").resolve("problem." + language + ".md"));
            }
        }
        for (Path file : files(from.resolve("solutions"))) {
            copyTo(dir, ExpectedVerdict.ACCEPTED, file, file.getFileName().toString());
        }
        for (Path file : files(from.resolve("wrong"))) {
            String name = file.getFileName().toString();
            Optional<ExpectedVerdict> expected = ExpectedVerdict.ofWrongFile(name);
            if (expected.isPresent()) {
                copyTo(dir, expected.get(), file, name.substring(expected.get().prefix().length()));
            }
        }
    }

    /** The default validator's flags that judge as the Boucle checker does (exact is close: trailing spaces aside). */
    static ValidatorFlags flags(CheckerSpec checker) {
        return switch (checker.kind()) {
            case EXACT -> new ValidatorFlags(true, true, OptionalDouble.empty(), OptionalDouble.empty());
            case TOKENS -> new ValidatorFlags(true, false, OptionalDouble.empty(), OptionalDouble.empty());
            case FLOAT -> new ValidatorFlags(true, false, OptionalDouble.of(checker.tolerance()),
                    OptionalDouble.of(checker.tolerance()));
            case KATTIS, CUSTOM -> checker.flags();
        };
    }

    private static String seconds(int ms) {
        return ms % 1000 == 0 ? Integer.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }

    private static void copyTo(Path dir, ExpectedVerdict expected, Path file, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("submissions").resolve(expected.folder()));
        Files.copy(file, folder.resolve(name));
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void zip(Path folder, Path out) throws IOException {
        Path base = folder.getParent();
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file);
             Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted().toList()) {
                String name = base.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
