package dev.boucle.judge.function;

import dev.boucle.judge.problem.ValueType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Writes what a harness reads on stdin: the run's nonce, the per-test CPU budget, the number of
 * tests, then every test's arguments in a typed text form that is trivial to parse in any
 * language (harnesses need no JSON parser): numbers as tokens, bools as 0/1, strings as their
 * UTF-8 byte length, one space and the raw bytes, arrays as their length then their elements.
 */
public final class ArgumentEncoder {
    private ArgumentEncoder() {
    }

    public static byte[] encode(String nonce, long budgetMs, List<ValueType> types, List<List<JsonNode>> tests) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text(out, nonce + "\n" + budgetMs + "\n" + tests.size() + "\n");
        for (List<JsonNode> args : tests) {
            for (int i = 0; i < types.size(); i++) {
                value(out, args.get(i), types.get(i));
            }
            text(out, "\n");
        }
        return out.toByteArray();
    }

    private static void value(ByteArrayOutputStream out, JsonNode v, ValueType type) {
        switch (type) {
            case INT, LONG -> text(out, v.bigIntegerValue().toString() + " ");
            case DOUBLE -> text(out, Double.toString(v.asDouble()) + " ");
            case BOOL -> text(out, v.asBoolean() ? "1 " : "0 ");
            case STRING -> {
                byte[] bytes = v.asString().getBytes(StandardCharsets.UTF_8);
                text(out, bytes.length + " ");
                out.writeBytes(bytes);
                text(out, " ");
            }
            default -> {
                text(out, v.size() + " ");
                ValueType element = type.element().orElseThrow();
                v.values().forEach(item -> value(out, item, element));
            }
        }
    }

    private static void text(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
