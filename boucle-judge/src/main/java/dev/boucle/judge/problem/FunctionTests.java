package dev.boucle.judge.problem;

import dev.boucle.judge.problem.FunctionSignature.Parameter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads and validates the tests of a function problem: tests/NAME.json, each
 * {@code {"args": [...], "expected": ...}}. Types are checked against the signature at load time,
 * so an author's mistake is a load error rather than a confusing verdict.
 */
public final class FunctionTests {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private FunctionTests() {
    }

    /** A parsed test file: the arguments (sent to the sandbox) and the expected value (kept on the host). */
    public record Parsed(List<JsonNode> args, JsonNode expected) {
        public Parsed {
            args = List.copyOf(args);
        }
    }

    static List<TestCase> load(Path testsDir, FunctionSignature signature) {
        if (!Files.isDirectory(testsDir)) {
            throw new IllegalArgumentException("tests/ folder is missing");
        }
        List<TestCase> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(testsDir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 5);
                if (!ProblemLoader.validTestName(name) || !Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("bad test name '" + name + "'");
                }
                parse(Files.readAllBytes(file), signature, fileName);
                tests.add(new TestCase(name, file, file));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read tests/: " + e.getMessage());
        }
        ProblemLoader.sortNaturally(tests);
        return tests;
    }

    /** Parses and type-checks one test file. */
    public static Parsed parse(byte[] json, FunctionSignature signature, String where) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": invalid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.path("args").isArray() || !root.has("expected")) {
            throw new IllegalArgumentException(where + ": expected {\"args\": [...], \"expected\": ...}");
        }
        List<JsonNode> args = new ArrayList<>();
        root.get("args").values().forEach(args::add);
        if (args.size() != signature.params().size()) {
            throw new IllegalArgumentException(where + ": " + signature.params().size() + " arguments expected, got "
                    + args.size());
        }
        for (int i = 0; i < args.size(); i++) {
            Parameter p = signature.params().get(i);
            if (!conforms(args.get(i), p.type())) {
                throw new IllegalArgumentException(where + ": argument '" + p.name() + "' is not a " + p.type().yamlName());
            }
        }
        if (!conforms(root.get("expected"), signature.returns())) {
            throw new IllegalArgumentException(where + ": expected value is not a " + signature.returns().yamlName());
        }
        return new Parsed(args, root.get("expected"));
    }

    /** Whether a JSON value is a valid value of the type (ints must fit the harness's int width). */
    public static boolean conforms(JsonNode value, ValueType type) {
        return switch (type) {
            case INT -> value.isIntegralNumber() && value.canConvertToInt();
            case LONG -> value.isIntegralNumber() && value.canConvertToLong();
            case DOUBLE -> value.isNumber() && Double.isFinite(value.asDouble());
            case STRING -> value.isString();
            case BOOL -> value.isBoolean();
            case INT_ARRAY, LONG_ARRAY, DOUBLE_ARRAY, STRING_ARRAY, INT_MATRIX, DOUBLE_MATRIX -> value.isArray()
                    && value.valueStream().allMatch(v -> conforms(v, type.element().orElseThrow()));
        };
    }
}
