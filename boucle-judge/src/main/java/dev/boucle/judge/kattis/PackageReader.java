package dev.boucle.judge.kattis;

import dev.boucle.judge.kattis.KattisPackage.Program;
import dev.boucle.judge.kattis.KattisPackage.Submission;
import dev.boucle.judge.kattis.KattisPackage.TestFile;
import dev.boucle.judge.language.LanguageCatalog;
import dev.boucle.judge.problem.ValidatorFlags;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the parts of a Kattis problem package (legacy and 2023-07 layouts) that Boucle can judge:
 * problem.yaml (name, limits, validation, validator_flags), data/sample and data/secret with
 * .in/.ans pairs (groups as subfolders), the output validator, the statement and submissions/.
 * What Boucle cannot judge the same way (scoring, interactive, several validators, validators of
 * several files) is refused with the reason rather than imported to judge differently.
 */
final class PackageReader {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    /** The legacy specification's default; the limit is a multiple of the slowest accepted run. */
    private static final double DEFAULT_TIME_MULTIPLIER = 5;
    private static final int DEFAULT_MEMORY_MB = 1024;
    private static final int DEFAULT_OUTPUT_MB = 8;

    private final LanguageCatalog catalog;

    PackageReader(LanguageCatalog catalog) {
        this.catalog = catalog;
    }

    KattisPackage read(Path root, String fallbackId) throws IOException {
        Path yamlFile = root.resolve("problem.yaml");
        if (!Files.isRegularFile(yamlFile)) {
            throw new PackageException("problem.yaml not found at the top of the package");
        }
        JsonNode yaml = yaml(yamlFile, "problem.yaml");
        String type = text(yaml, "type").orElse("pass-fail");
        String validation = text(yaml, "validation").orElse("default").strip();
        if (type.contains("scoring") || validation.contains("score")) {
            throw new PackageException("scoring problems are not supported: Boucle judges pass-fail problems");
        }
        if (type.contains("interactive") || validation.contains("interactive")) {
            throw new PackageException("interactive problems are not supported by the import");
        }
        if (!validation.equals("default") && !validation.equals("custom")) {
            throw new PackageException("problem.yaml: validation must be default or custom, not '"
                    + PackageFiles.printable(validation) + "'");
        }
        String id = id(fallbackId);
        JsonNode limits = yaml.path("limits");
        ValidatorFlags flags = flags(yaml, root);
        Optional<Program> validator = validator(root);
        if (validation.equals("custom") && validator.isEmpty()) {
            throw new PackageException("validation: custom but no output validator in output_validators/");
        }
        if (validation.equals("default") && !yaml.has("validation") && validator.isPresent()) {
            // The 2023-07 layout has no validation key: a validator folder means custom.
            validation = "custom";
        }
        List<String> skipped = new ArrayList<>();
        return new KattisPackage(id, title(yaml, root).orElse(id), timeLimit(limits, root),
                number(limits, "time_multiplier").orElse(DEFAULT_TIME_MULTIPLIER),
                (int) (double) number(limits, "memory").orElse((double) DEFAULT_MEMORY_MB),
                (int) (number(limits, "output").orElse((double) DEFAULT_OUTPUT_MB) * 1024),
                flags, validation.equals("custom") ? validator : Optional.empty(), tests(root),
                submissions(root, skipped), skipped, statement(root, "en"), statement(root, "fr"));
    }

    /** A Boucle id from the package's folder name: lower-case letters, digits and dashes. */
    static String id(String name) {
        String id = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty() || id.length() > 64) {
            throw new PackageException("cannot make a problem id from the package name '" + PackageFiles.printable(name) + "'");
        }
        return id;
    }

    private static ValidatorFlags flags(JsonNode yaml, Path root) throws IOException {
        String flags = text(yaml, "validator_flags").orElse("");
        Path testdata = root.resolve("data").resolve("testdata.yaml");
        if (Files.isRegularFile(testdata)) {
            Optional<String> more = text(yaml(testdata, "data/testdata.yaml"), "output_validator_flags");
            if (more.isPresent()) flags = (flags + " " + more.get()).strip();
        }
        try (Stream<Path> files = Files.walk(root.resolve("data"))) {
            for (Path nested : files.filter(p -> p.getFileName().toString().equals("testdata.yaml"))
                    .filter(p -> !p.equals(testdata)).toList()) {
                if (yaml(nested, root.relativize(nested).toString()).has("output_validator_flags")) {
                    throw new PackageException(root.relativize(nested) + ": validator flags per test group are not supported");
                }
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PackageException("data/ folder not found in the package");
        }
        try {
            return ValidatorFlags.parse(flags);
        } catch (IllegalArgumentException e) {
            throw new PackageException("problem.yaml: " + e.getMessage());
        }
    }

    private static OptionalInt timeLimit(JsonNode limits, Path root) throws IOException {
        Optional<Double> seconds = number(limits, "time_limit");
        Path file = root.resolve(".timelimit");
        if (seconds.isEmpty() && Files.isRegularFile(file)) {
            // DOMjudge's own file, in seconds.
            try {
                seconds = Optional.of(Double.parseDouble(Files.readString(file).strip()));
            } catch (NumberFormatException e) {
                throw new PackageException(".timelimit must hold a number of seconds");
            }
        }
        if (seconds.isEmpty()) return OptionalInt.empty();
        double s = seconds.get();
        if (!(s > 0) || s > 60) throw new PackageException("the time limit must be between 0 and 60 seconds, not " + s);
        return OptionalInt.of((int) Math.ceil(s * 1000));
    }

    private static Optional<String> title(JsonNode yaml, Path root) throws IOException {
        JsonNode name = yaml.get("name");
        if (name != null && name.isString()) return Optional.of(name.asString().strip());
        if (name != null && name.isObject()) {
            JsonNode en = name.has("en") ? name.get("en") : name.values().iterator().next();
            return Optional.of(en.asString().strip());
        }
        Optional<Path> tex = statement(root, "en").filter(p -> p.toString().endsWith(".tex"));
        if (tex.isPresent()) {
            var m = java.util.regex.Pattern.compile("\\\\problemname\\{([^}]*)}").matcher(Files.readString(tex.get()));
            if (m.find()) return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    private static Optional<Path> statement(Path root, String language) {
        for (String folder : List.of("problem_statement", "statement")) {
            for (String name : language.equals("en")
                    ? List.of("problem.en.md", "problem.md", "problem.en.tex", "problem.tex")
                    : List.of("problem." + language + ".md", "problem." + language + ".tex")) {
                Path file = root.resolve(folder).resolve(name);
                if (Files.isRegularFile(file)) return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static List<TestFile> tests(Path root) throws IOException {
        List<TestFile> tests = new ArrayList<>();
        for (String group : List.of("sample", "secret")) {
            Path dir = root.resolve("data").resolve(group);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path input : files.filter(p -> p.toString().endsWith(".in")).sorted().toList()) {
                    String relative = dir.relativize(input).toString();
                    String base = relative.substring(0, relative.length() - 3);
                    Path answer = input.resolveSibling(input.getFileName().toString().replaceAll("\\.in$", ".ans"));
                    if (!Files.isRegularFile(answer)) {
                        throw new PackageException("data/" + group + "/" + relative + " has no .ans file beside it");
                    }
                    tests.add(new TestFile(group + "." + base.replace('/', '.'), input, answer));
                }
            }
        }
        if (tests.stream().noneMatch(t -> !t.sample())) {
            throw new PackageException("no secret tests: data/secret/ needs .in/.ans pairs");
        }
        return tests;
    }

    private Optional<Program> validator(Path root) throws IOException {
        List<Path> programs = new ArrayList<>();
        for (String folder : List.of("output_validators", "output_validator")) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) continue;
            if (folder.equals("output_validator")) {
                programs.add(dir);
                continue;
            }
            try (Stream<Path> entries = Files.list(dir)) {
                programs.addAll(entries.sorted().toList());
            }
        }
        if (programs.isEmpty()) return Optional.empty();
        if (programs.size() > 1) {
            throw new PackageException("more than one output validator; Boucle runs one per problem");
        }
        Path program = programs.get(0);
        Path file = program;
        if (Files.isDirectory(program)) {
            try (Stream<Path> files = Files.list(program)) {
                List<Path> all = files.toList();
                if (all.size() != 1) {
                    throw new PackageException(root.relativize(program) + ": output validators of several files "
                            + "(headers, build or run scripts) are not supported; put it in one source file");
                }
                file = all.get(0);
            }
        }
        String path = root.relativize(file).toString();
        String language = SubmissionLanguage.of(file.getFileName().toString(), catalog)
                .orElseThrow(() -> new PackageException(path + ": no judge language for this output validator"));
        return Optional.of(new Program(file, path, language));
    }

    private List<Submission> submissions(Path root, List<String> skipped) throws IOException {
        Path dir = root.resolve("submissions");
        List<Submission> submissions = new ArrayList<>();
        if (!Files.isDirectory(dir)) return submissions;
        try (Stream<Path> folders = Files.list(dir)) {
            for (Path folder : folders.sorted().toList()) {
                String path = root.relativize(folder).toString();
                Optional<ExpectedVerdict> expected = ExpectedVerdict.ofFolder(folder.getFileName().toString());
                if (expected.isEmpty() || !Files.isDirectory(folder)) {
                    skipped.add(path + ": not a submissions folder Boucle knows");
                    continue;
                }
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path file : files.sorted().toList()) {
                        String name = root.relativize(file).toString();
                        Optional<String> language = Files.isRegularFile(file)
                                ? SubmissionLanguage.of(file.getFileName().toString(), catalog) : Optional.empty();
                        if (language.isEmpty()) {
                            skipped.add(name + (Files.isDirectory(file) ? ": programs of several files are not supported"
                                    : ": no judge language for this file"));
                        } else {
                            submissions.add(new Submission(new Program(file, name, language.get()), expected.get()));
                        }
                    }
                }
            }
        }
        return submissions;
    }

    private static JsonNode yaml(Path file, String where) throws IOException {
        try {
            JsonNode node = YAML.readTree(Files.readString(file));
            if (node == null || node.isNull() || node.isMissingNode()) return YAML.createObjectNode();
            if (!node.isObject()) throw new PackageException(where + ": expected a YAML mapping");
            return node;
        } catch (JacksonException e) {
            throw new PackageException(where + ": invalid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
    }

    private static Optional<String> text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isValueNode()) throw new PackageException("problem.yaml: " + key + " must be a single value");
        return Optional.of(value.asString());
    }

    private static Optional<Double> number(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) return Optional.empty();
        if (!value.isNumber()) throw new PackageException("problem.yaml: limits." + key + " must be a number");
        return Optional.of(value.asDouble());
    }
}
