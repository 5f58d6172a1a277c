package dev.boucle.fuzz;

import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik arbitraries for JSON values that follow a schema of the OpenAPI document most of the
 * time and break it on purpose the rest: wrong types, nulls, huge and negative numbers,
 * malformed dates, missing and unknown properties, hostile text. Strings are drawn partly from
 * a dictionary of the domain's own words (stage keys, actions, offices, property names), since
 * random text rarely gets past the first check of a handler.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;

    /** Text that has broken parsers, templates and SQL elsewhere. */
    static final List<String> HOSTILE = List.of("", " ", "null", "0", "-1", "1e309", "NaN", "true", "'; drop table jobs; --",
            "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}", "../../etc/passwd", "%00", "\u0000", "\uFFFF", "\uD800",
            "é🙂漢字", "a".repeat(5_000), "2026-02-30", "2026-13-01T25:61:00Z", "yesterday", "+999999999-12-31T23:59:59Z",
            "P1000000D", "Europe/Nowhere", "-9223372036854775808", "9223372036854775808", "@", "=1+1", "\r\n\r\n");

    private final OpenApiOperations api;
    private final List<String> dictionary;
    private final IdPools ids;

    SchemaValues(OpenApiOperations api, List<String> dictionary, IdPools ids) {
        this.api = api;
        this.dictionary = List.copyOf(dictionary);
        this.ids = ids;
    }

    Arbitrary<JsonNode> value(JsonNode schema) {
        return value(schema, 0);
    }

    /** Mostly of the schema's shape; now and then something else entirely. */
    private Arbitrary<JsonNode> value(JsonNode schema, int depth) {
        return Arbitraries.frequencyOf(Tuple.of(85, shaped(api.resolve(schema), depth)), Tuple.of(15, wrongType()));
    }

    private Arbitrary<JsonNode> shaped(JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) return scalar();
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(values)), Tuple.of(2, text()));
        }
        String type = schema.path("type").asString("");
        return switch (type) {
            case "string" -> string(schema.path("format").asString(""));
            case "integer" -> integer();
            case "number" -> number();
            case "boolean" -> Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b));
            case "array" -> value(schema.path("items"), depth + 1).list().ofMaxSize(4).map(SchemaValues::array);
            case "object" -> object(schema, depth);
            default -> schema.has("properties") ? object(schema, depth) : scalar();
        };
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        List<Arbitrary<Map.Entry<String, JsonNode>>> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            String name = property.getKey();
            // One property in five is left out, so required ones go missing too.
            members.add(property(name, property.getValue(), depth + 1).map(x -> Map.entry(name, x)).injectNull(0.2));
        }
        if (schema.path("additionalProperties").isObject()) {
            JsonNode extra = schema.get("additionalProperties");
            members.add(Combinators.combine(Arbitraries.of(dictionary), value(extra, depth + 1)).as(Map::entry));
        }
        // An unknown property now and then: it must be ignored or named, never crash.
        members.add(Combinators.combine(Arbitraries.of(dictionary), scalar()).as(Map::entry).injectNull(0.85));
        return Combinators.combine(members).as(entries -> {
            ObjectNode node = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e != null) node.set(e.getKey(), e.getValue());
            }
            return node;
        });
    }

    /** A value for one property of an object schema; ids come from the pools, by the property's name. */
    Arbitrary<JsonNode> property(JsonNode objectSchema, String name) {
        return property(name, api.resolve(objectSchema).path("properties").path(name), 1);
    }

    private Arbitrary<JsonNode> property(String name, JsonNode schema, int depth) {
        if (!IdPools.isId(name)) return value(schema, depth);
        return Arbitraries.frequencyOf(Tuple.of(85, ids.forProperty(name).map(id -> (JsonNode) NODES.numberNode(id))),
                Tuple.of(15, wrongType()));
    }

    Arbitrary<JsonNode> string(String format) {
        Arbitrary<String> text = switch (format) {
            case "date-time" -> Arbitraries.frequencyOf(Tuple.of(6, instants().map(Instant::toString)),
                    Tuple.of(1, instants().map(i -> i.toString().replace("Z", "+02:00"))), Tuple.of(3, texts()));
            case "date" -> Arbitraries.frequencyOf(Tuple.of(6, instants().map(i -> i.toString().substring(0, 10))),
                    Tuple.of(3, texts()));
            case "email" -> Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12)
                    .map(s -> s + "@fuzz.example")), Tuple.of(3, texts()));
            default -> texts();
        };
        return text.map(s -> (JsonNode) NODES.stringNode(s));
    }

    /** Strings for a string field: the dictionary, numbers, dates and random or hostile text. */
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(dictionary)),
                Tuple.of(1, Arbitraries.of(dictionary).map(w -> w.toUpperCase(java.util.Locale.ROOT))),
                Tuple.of(1, Arbitraries.integers().between(-10, 100_000).map(String::valueOf)),
                Tuple.of(1, instants().map(Instant::toString)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(40)),
                Tuple.of(2, Arbitraries.of(HOSTILE)));
    }

    private Arbitrary<JsonNode> text() {
        return texts().map(s -> (JsonNode) NODES.stringNode(s));
    }

    private static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2020-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2031-12-31T00:00:00Z").getEpochSecond()).map(s -> Instant.ofEpochSecond(s - s % 900));
    }

    private static Arbitrary<JsonNode> integer() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.longs().between(-5, 200_000).map(v -> (JsonNode) NODES.numberNode(v))),
                Tuple.of(2, Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, (long) Integer.MAX_VALUE + 1, 0L, -1L)
                        .map(v -> (JsonNode) NODES.numberNode(v))),
                Tuple.of(1, Arbitraries.just((JsonNode) NODES.numberNode(new BigInteger("123456789012345678901234567890")))),
                Tuple.of(1, Arbitraries.of(1.5, -0.0, 1e300).map(v -> (JsonNode) NODES.numberNode(v))));
    }

    private static Arbitrary<JsonNode> number() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.doubles().between(-1e6, 1e7).map(v -> (JsonNode) NODES.numberNode(v))),
                Tuple.of(2, Arbitraries.of(0.0, -1.0, 1e308, Double.MIN_VALUE).map(v -> (JsonNode) NODES.numberNode(v))),
                Tuple.of(1, integer()));
    }

    private Arbitrary<JsonNode> scalar() {
        return Arbitraries.oneOf(text(), integer(), Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)));
    }

    private Arbitrary<JsonNode> wrongType() {
        return Arbitraries.oneOf(
                Arbitraries.just((JsonNode) NODES.nullNode()),
                Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
                integer(),
                text(),
                Arbitraries.just((JsonNode) NODES.arrayNode()),
                Arbitraries.just((JsonNode) NODES.objectNode()));
    }

    private static JsonNode array(List<JsonNode> items) {
        var node = NODES.arrayNode();
        items.forEach(node::add);
        return node;
    }
}
