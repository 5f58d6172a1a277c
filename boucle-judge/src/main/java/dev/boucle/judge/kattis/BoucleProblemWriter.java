package dev.boucle.judge.kattis;

import dev.boucle.judge.kattis.KattisPackage.Submission;
import dev.boucle.judge.kattis.KattisPackage.TestFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a package as a Boucle problem folder: problem.yaml, tests/NAME.in|.out, the validator
 * under checker/, statements, and the submissions as solutions/ and wrong/PREFIX-NAME so that the
 * bank's own checks and an export find them again.
 */
final class BoucleProblemWriter {
    private BoucleProblemWriter() {
    }

    static void write(KattisPackage pkg, int timeLimitMs, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("tests"));
        for (TestFile test : pkg.tests()) {
            Files.copy(test.input(), dir.resolve("tests").resolve(test.name() + ".in"));
            Files.copy(test.answer(), dir.resolve("tests").resolve(test.name() + ".out"));
        }
        if (pkg.validator().isPresent()) {
            Files.createDirectories(dir.resolve("checker"));
            Files.copy(pkg.validator().get().file(), dir.resolve("checker").resolve(pkg.validator().get().file().getFileName()));
        }
        for (Submission s : pkg.submissions()) {
            Path folder = dir.resolve(s.expected() == ExpectedVerdict.ACCEPTED ? "solutions" : "wrong");
            Files.createDirectories(folder);
            Files.copy(s.program().file(), folder.resolve(s.expected().prefix() + s.program().file().getFileName()));
        }
        String en = statement(pkg.statementEn(), pkg.title());
        Files.writeString(dir.resolve("statement.en.md"), en);
        Files.writeString(dir.resolve("statement.fr.md"), pkg.statementFr().isPresent()
                ? statement(pkg.statementFr(), pkg.title()) : en);
        writeYaml(pkg, timeLimitMs, dir);
    }

    static void writeYaml(KattisPackage pkg, int timeLimitMs, Path dir) throws IOException {
        List<String> yaml = new ArrayList<>();
        yaml.add("# Imported from a Kattis problem package.");
        yaml.add("id: " + pkg.id());
        yaml.add("title: " + quoted(pkg.title()));
        yaml.add("kind: stdio");
        yaml.add("timeLimitMs: " + timeLimitMs);
        yaml.add("memoryLimitMb: " + Math.clamp(pkg.memoryLimitMb(), 16, 8192));
        yaml.add("outputLimitKb: " + Math.clamp(pkg.outputLimitKb(), 1, 1024 * 1024));
        if (pkg.validator().isPresent()) {
            yaml.add("checker: custom");
            yaml.add("checkerProgram: checker/" + pkg.validator().get().file().getFileName());
            yaml.add("checkerLanguage: " + pkg.validator().get().language());
            yaml.add("checkerProtocol: kattis");
        } else {
            yaml.add("checker: kattis");
        }
        String flags = pkg.flags().toFlags();
        if (!flags.isEmpty()) {
            yaml.add("validatorFlags: " + quoted(flags));
        }
        Files.writeString(dir.resolve("problem.yaml"), String.join("\n", yaml) + "\n");
    }

    /** Markdown is kept; LaTeX is kept verbatim under the title, since Boucle renders Markdown only. */
    private static String statement(Optional<Path> file, String title) throws IOException {
        if (file.isEmpty()) {
            return "# " + title + "\n";
        }
        String text = Files.readString(file.get());
        if (file.get().toString().endsWith(".md")) {
            return text;
        }
        return "# " + title + "\n\n```latex\n" + text.replace("```", "'''") + "\n```\n";
    }

    /** A YAML double-quoted scalar (JSON string rules are a subset YAML reads). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }
}
