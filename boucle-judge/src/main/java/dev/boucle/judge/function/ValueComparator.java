package dev.boucle.judge.function;

import dev.boucle.judge.checker.CheckResult;
import dev.boucle.judge.problem.FunctionTests;
import dev.boucle.judge.problem.ValueType;
import java.util.OptionalDouble;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares a returned value with the expected one, on the host. Values must have the declared
 * type; numbers compare by value (3 and 3.0 are equal for a double), doubles within the problem's
 * tolerance when the checker is float. Messages never quote the expected value.
 */
public final class ValueComparator {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final ValueType type;
    private final OptionalDouble tolerance;

    /** @param tolerance empty for exact comparison */
    public ValueComparator(ValueType type, OptionalDouble tolerance) {
        this.type = type;
        this.tolerance = tolerance;
    }

    public CheckResult check(String returnedJson, JsonNode expected) {
        JsonNode actual;
        try {
            actual = JSON.readTree(returnedJson);
        } catch (JacksonException e) {
            return CheckResult.rejected("the return value is not valid JSON (NaN or infinity?)");
        }
        if (actual == null || !FunctionTests.conforms(actual, widen(type)) ) {
            return CheckResult.rejected("the return value is not a " + type.yamlName());
        }
        String where = same(actual, expected, type, "");
        return where == null ? CheckResult.ACCEPTED : CheckResult.rejected("wrong value" + where);
    }

    /** An int result may be written as a long by some runtimes; the value decides. */
    private static ValueType widen(ValueType t) {
        return switch (t) {
            case INT -> ValueType.LONG;
            default -> t;
        };
    }

    /** Null when equal, else where the first difference is (an index path, never the value). */
    private String same(JsonNode a, JsonNode e, ValueType t, String path) {
        switch (t) {
            case INT, LONG -> {
                return a.bigIntegerValue().equals(e.bigIntegerValue()) ? null : at(path);
            }
            case DOUBLE -> {
                double x = a.asDouble();
                double y = e.asDouble();
                double diff = Math.abs(x - y);
                boolean ok = tolerance.isPresent()
                        ? diff <= tolerance.getAsDouble() || diff <= tolerance.getAsDouble() * Math.abs(y)
                        : x == y;
                return ok ? null : at(path);
            }
            case STRING, BOOL -> {
                return a.equals(e) ? null : at(path);
            }
            default -> {
                if (a.size() != e.size()) {
                    return " (length " + a.size() + " at " + (path.isEmpty() ? "top level" : path) + ", expected "
                            + e.size() + ")";
                }
                ValueType element = t.element().orElseThrow();
                for (int i = 0; i < a.size(); i++) {
                    String diff = same(a.get(i), e.get(i), element, path + "[" + i + "]");
                    if (diff != null) {
                        return diff;
                    }
                }
                return null;
            }
        }
    }

    private static String at(String path) {
        return path.isEmpty() ? "" : " at " + path;
    }
}
