package dev.boucle.judge.problem;

import dev.boucle.judge.config.ConfigException;
import dev.boucle.judge.config.YamlFields;
import dev.boucle.judge.problem.CheckerSpec.CheckerKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads a problem folder: problem.yaml plus tests/NAME.in and tests/NAME.out pairs. */
public final class ProblemLoader {
    private static final Pattern TEST_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");
    private static final Set<String> FIELDS = Set.of("id", "title", "kind", "timeLimitMs", "memoryLimitMb",
            "outputLimitKb", "checker", "tolerance", "checkerProgram", "checkerLanguage", "function",
            "validatorFlags", "checkerProtocol", "interactor", "interactorLanguage");

    public Problem load(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConfigException("problem folder not found: " + dir);
        }
        Path yaml = dir.resolve("problem.yaml");
        if (!Files.isRegularFile(yaml)) {
            throw new ConfigException("problem.yaml not found in " + dir);
        }
        YamlFields f;
        try {
            f = YamlFields.parse(Files.newInputStream(yaml), yaml.toString()).allowOnly(FIELDS);
        } catch (IOException e) {
            throw new ConfigException("cannot read " + yaml + ": " + e.getMessage(), e);
        }
        try {
            ProblemKind kind = kind(f);
            Optional<FunctionSignature> function = f.optionalChild("function").map(ProblemLoader::signature);
            List<TestCase> tests = kind == ProblemKind.FUNCTION && function.isPresent()
                    ? FunctionTests.load(dir.resolve("tests"), function.get()) : tests(dir);
            return new Problem(f.string("id"), f.string("title"), kind, f.integer("timeLimitMs"),
                    f.integer("memoryLimitMb"), f.optionalInteger("outputLimitKb").orElse(Problem.DEFAULT_OUTPUT_LIMIT_KB),
                    checker(f, dir), tests, dir, function, interactor(f, dir, kind));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(yaml + ": " + e.getMessage(), e);
        }
    }

    private static ProblemKind kind(YamlFields f) {
        String kind = f.optionalString("kind").orElse("stdio");
        return switch (kind) {
            case "stdio" -> ProblemKind.STDIO;
            case "function" -> ProblemKind.FUNCTION;
            case "interactive" -> ProblemKind.INTERACTIVE;
            default -> throw new IllegalArgumentException("kind must be stdio, function or interactive, not '" + kind + "'");
        };
    }

    private static FunctionSignature signature(YamlFields f) {
        f.allowOnly(Set.of("name", "params", "returns"));
        List<FunctionSignature.Parameter> params = f.children("params").stream().map(p -> {
                    p.allowOnly(Set.of("name", "type"));
                    return new FunctionSignature.Parameter(p.string("name"), type(p.string("type")));
                }).toList();
        return new FunctionSignature(f.string("name"), params, type(f.string("returns")));
    }

    private static ValueType type(String name) {
        return ValueType.fromYaml(name).orElseThrow(() -> new IllegalArgumentException("unknown type '" + name
                + "' (use int, long, double, string, bool, int[], long[], double[], string[], int[][] or double[][])"));
    }

    private static CheckerSpec checker(YamlFields f, Path dir) {
        String name = f.optionalString("checker").orElse("exact");
        CheckerKind kind = switch (name) {
            case "exact", "tokens", "float", "custom", "kattis" -> CheckerKind.valueOf(name.toUpperCase(Locale.ROOT));
            default -> throw new IllegalArgumentException("checker must be exact, tokens, float, kattis or custom, not '"
                    + name + "'");
        };
        double tolerance = f.optionalNumber("tolerance").orElse(CheckerSpec.DEFAULT_TOLERANCE);
        Optional<Path> program = f.optionalString("checkerProgram").map(p -> insideFolder(dir, p));
        ValidatorFlags flags = ValidatorFlags.parse(f.optionalString("validatorFlags").orElse(""));
        String protocol = f.optionalString("checkerProtocol").orElse("testlib");
        CheckerSpec.CheckerProtocol checkerProtocol = switch (protocol) {
            case "testlib", "kattis" -> CheckerSpec.CheckerProtocol.valueOf(protocol.toUpperCase(Locale.ROOT));
            default -> throw new IllegalArgumentException("checkerProtocol must be testlib or kattis, not '" + protocol + "'");
        };
        return new CheckerSpec(kind, tolerance, program, f.optionalString("checkerLanguage"), flags, checkerProtocol);
    }

    /** tests/NAME.in is the interactor's input file, tests/NAME.out its answer file. */
    private static Optional<InteractorSpec> interactor(YamlFields f, Path dir, ProblemKind kind) {
        Optional<String> program = f.optionalString("interactor");
        Optional<String> language = f.optionalString("interactorLanguage");
        if (kind != ProblemKind.INTERACTIVE && (program.isPresent() || language.isPresent())) {
            throw new IllegalArgumentException("interactor and interactorLanguage are for kind: interactive");
        }
        if (kind == ProblemKind.INTERACTIVE && (program.isEmpty() || language.isEmpty())) {
            throw new IllegalArgumentException("kind: interactive needs interactor and interactorLanguage");
        }
        return program.map(p -> new InteractorSpec(insideFolder(dir, p, "interactor"), language.orElseThrow()));
    }

    private static Path insideFolder(Path dir, String relative) {
        return insideFolder(dir, relative, "checkerProgram");
    }

    private static Path insideFolder(Path dir, String relative, String field) {
        Path resolved = dir.resolve(relative).normalize();
        if (!resolved.startsWith(dir) || !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(field + " must be a regular file inside the problem folder");
        }
        return resolved;
    }

    static boolean validTestName(String name) {
        return TEST_NAME.matcher(name).matches();
    }

    private static List<TestCase> tests(Path dir) {
        Path testsDir = dir.resolve("tests");
        if (!Files.isDirectory(testsDir)) {
            throw new IllegalArgumentException("tests/ folder is missing");
        }
        List<TestCase> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path input : files.filter(p -> p.getFileName().toString().endsWith(".in")).toList()) {
                String file = input.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                Path expected = testsDir.resolve(name + ".out");
                if (!TEST_NAME.matcher(name).matches()) {
                    throw new IllegalArgumentException("bad test name '" + name + "'");
                }
                if (!Files.isRegularFile(input) || !Files.isRegularFile(expected)) {
                    throw new IllegalArgumentException("test " + name + " needs both " + name + ".in and " + name + ".out");
                }
                tests.add(new TestCase(name, input, expected));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot list tests/: " + e.getMessage());
        }
        sortNaturally(tests);
        return tests;
    }

    static void sortNaturally(List<TestCase> tests) {
        tests.sort(Comparator.comparing(TestCase::name, ProblemLoader::naturalOrder));
    }

    /** "2" before "10", so that authors can number tests without zero-padding. */
    static int naturalOrder(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) i++;
                while (j < b.length() && Character.isDigit(b.charAt(j))) j++;
                String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
                String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
                int cmp = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
                if (cmp != 0) return cmp;
            } else {
                if (x != y) return Character.compare(x, y);
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
