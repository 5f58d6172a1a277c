package dev.boucle.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated calls of one operation: path and query parameters from their schemas (ids of the
 * test's own records mixed with ids that exist nowhere and text where a number belongs), and a
 * body of the declared media type, valid in shape or not. Ids are never small random numbers:
 * those would hit other tests' records in the shared database.
 */
final class FuzzCases {

    /** One request, with everything needed to replay it by hand. */
    record Call(String operation, String method, String path, String contentType, String body) {
        @Override
        public String toString() {
            String shown = body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return method + " " + path + (contentType == null ? "" : " [" + contentType + "] " + shown);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where a number belongs in a path: text, fractions, overflow, encodings. */
    private static final List<String> NOT_NUMBERS = List.of("9223372036854775808", "abc", "1.5", "1e3", "%20", "null", "-",
            "%C3%A9", "0x10", "+1");

    private final SchemaValues values;
    private final IdPools ids;
    private final Map<String, List<String>> ownKeys;
    private final List<String> dictionary;
    private final List<String> keys;
    private final Examples examples;

    /**
     * @param ownKeys text keys of the test's own records by kind (questions), the only ones a
     *     generated call may change
     * @param keys property names, the keys of map-shaped query parameters
     */
    FuzzCases(SchemaValues values, IdPools ids, Map<String, List<String>> ownKeys, List<String> dictionary, List<String> keys,
            Examples examples) {
        this.examples = examples;
        this.values = values;
        this.ids = ids;
        this.ownKeys = Map.copyOf(ownKeys);
        this.dictionary = List.copyOf(dictionary);
        this.keys = List.copyOf(keys);
    }

    Arbitrary<Call> of(OpenApiOperations.Operation op) {
        List<Arbitrary<String>> pathValues = new ArrayList<>();
        List<Arbitrary<String>> queryPairs = new ArrayList<>();
        for (OpenApiOperations.Parameter p : op.parameters()) {
            if (p.in().equals("path")) pathValues.add(pathValue(op.path(), p));
            if (p.in().equals("query")) queryPairs.add(query(p).injectNull(p.required() ? 0.1 : 0.4));
        }
        Arbitrary<List<String>> path = pathValues.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(pathValues).as(l -> l);
        Arbitrary<List<String>> query = queryPairs.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(queryPairs).as(l -> l);
        Examples.Example example = examples.of(op.name());
        if (example != null && example.query() != null) {
            query = Arbitraries.frequencyOf(Tuple.of(4, query), Tuple.of(2, Arbitraries.just(List.of(example.query()))),
                    Tuple.of(4, mutatedQuery(example.query()).map(List::of)));
        }
        return Combinators.combine(path, query, body(op)).as((p, q, b) -> {
            String url = expand(op, p) + q.stream().filter(s -> s != null && !s.isEmpty()).collect(
                    Collectors.collectingAndThen(Collectors.joining("&"), s -> s.isEmpty() ? "" : "?" + s));
            return new Call(op.name(), op.method(), url, b == null ? null : b.get1(), b == null ? null : b.get2());
        });
    }

    private Arbitrary<String> pathValue(String template, OpenApiOperations.Parameter p) {
        String before = template.substring(0, template.indexOf("{" + p.name() + "}") - 1);
        String kind = IdPools.kindOfSegment(before.substring(before.lastIndexOf('/') + 1));
        if (p.schema().path("type").asString("").equals("integer")) {
            return Arbitraries.frequencyOf(Tuple.of(8, ids.ofKind(kind).map(String::valueOf)), Tuple.of(2, Arbitraries.of(NOT_NUMBERS)));
        }
        Arbitrary<String> junk = values.texts().filter(s -> !s.isBlank()).map(FuzzCases::encode);
        if (ownKeys.containsKey(kind)) return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.of(ownKeys.get(kind))), Tuple.of(3, junk));
        return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.of(dictionary).map(FuzzCases::encode)), Tuple.of(3, junk));
    }

    /** {@code name=value}, or several pairs for a parameter that takes a map (springdoc's MultiValueMap). */
    private Arbitrary<String> query(OpenApiOperations.Parameter p) {
        String type = p.schema().path("type").asString("");
        if (p.schema().has("$ref") || type.equals("object")) {
            Arbitrary<String> pair = Combinators.combine(Arbitraries.of(keys), values.texts()).as((k, v) -> encode(k) + "=" + encode(v));
            return pair.list().ofMaxSize(6).map(l -> String.join("&", l));
        }
        Arbitrary<String> value = type.equals("integer")
                ? Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.integers().between(-3, 500).map(String::valueOf)),
                        Tuple.of(3, Arbitraries.of(NOT_NUMBERS)))
                : values.string(p.schema().path("format").asString("")).map(n -> n.asString());
        return value.map(v -> encode(p.name()) + "=" + encode(v));
    }

    /** The body as a (content type, text) pair, or none when the operation takes none. */
    private Arbitrary<Tuple.Tuple2<String, String>> body(OpenApiOperations.Operation op) {
        if (op.bodyTypes().isEmpty()) return Arbitraries.just(null);
        Arbitrary<String> type = Arbitraries.of(op.bodyTypes());
        boolean json = op.bodyTypes().stream().anyMatch(t -> t.contains("json"));
        Arbitrary<String> text = json
                ? Arbitraries.frequencyOf(Tuple.of(17, values.value(op.bodySchema()).map(JSON::writeValueAsString)),
                        Tuple.of(2, Arbitraries.of("", "{", "[]", "null", "{\"a\":}", "\"text\"", "{}", "[{}]", "1")),
                        Tuple.of(1, values.texts()))
                : text(op.bodyTypes());
        Examples.Example example = examples.of(op.name());
        if (json && example != null && example.body() != null) {
            text = Arbitraries.frequencyOf(Tuple.of(8, text), Tuple.of(2, Arbitraries.just(example.body())),
                    Tuple.of(10, mutatedBody(op, example.body())));
        }
        return Combinators.combine(type, text).as(Tuple::of);
    }

    /** The example with one property removed or replaced by a generated value (of its schema or not). */
    private Arbitrary<String> mutatedBody(OpenApiOperations.Operation op, String example) {
        ObjectNode template = (ObjectNode) JSON.readTree(example);
        List<String> names = new ArrayList<>(template.propertyNames());
        if (names.isEmpty()) return Arbitraries.just(example);
        return Arbitraries.of(names).flatMap(name -> Arbitraries.oneOf(
                Arbitraries.just((JsonNode) template.deepCopy().without(name)),
                values.property(op.bodySchema(), name).map(v -> (JsonNode) template.deepCopy().set(name, v))))
                .map(JSON::writeValueAsString);
    }

    /** The example query with one value replaced by generated text, or one generated pair added. */
    private Arbitrary<String> mutatedQuery(String example) {
        List<String> pairs = List.of(example.split("&"));
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.integers().between(0, pairs.size() - 1), values.texts()).as((i, v) -> {
            List<String> copy = new ArrayList<>(pairs);
            copy.set(i, copy.get(i).substring(0, copy.get(i).indexOf('=') + 1) + encode(v));
            return String.join("&", copy);
        });
        Arbitrary<String> added = Combinators.combine(Arbitraries.of(keys), values.texts())
                .as((k, v) -> example + "&" + encode(k) + "=" + encode(v));
        return Arbitraries.oneOf(replaced, added);
    }

    /** Text bodies (YAML, CSV, iCalendar): lines of the domain's words, half-formed records, junk. */
    private Arbitrary<String> text(List<String> types) {
        Arbitrary<String> line = Arbitraries.oneOf(values.texts(),
                Combinators.combine(Arbitraries.of(keys), values.texts()).as((k, v) -> k + ": " + v),
                Combinators.combine(values.texts(), values.texts()).as((a, b) -> a + "," + b));
        Arbitrary<String> lines = line.list().ofMaxSize(12).map(l -> String.join("\n", l));
        if (types.contains("text/csv")) {
            return Arbitraries.frequencyOf(Tuple.of(3, lines.map(l -> "name,email,phone,location,source\n" + l)), Tuple.of(1, lines));
        }
        if (types.contains("text/calendar")) {
            Arbitrary<String> event = Combinators.combine(Arbitraries.of("DTSTART", "DTEND", "DURATION", "RRULE", "SUMMARY",
                    "TRANSP", "STATUS", "DTSTART;TZID=Europe/Paris", "EXDATE"), values.texts()).as((k, v) -> k + ":" + v)
                    .list().ofMaxSize(6).map(l -> "BEGIN:VEVENT\r\n" + String.join("\r\n", l) + "\r\nEND:VEVENT");
            return Arbitraries.frequencyOf(Tuple.of(3, event.list().ofMaxSize(3).map(l ->
                    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + String.join("\r\n", l) + "\r\nEND:VCALENDAR\r\n")), Tuple.of(1, lines));
        }
        return lines;
    }

    private static String expand(OpenApiOperations.Operation op, List<String> values) {
        String path = op.path();
        int i = 0;
        for (OpenApiOperations.Parameter p : op.parameters()) {
            if (p.in().equals("path")) path = path.replace("{" + p.name() + "}", values.get(i++));
        }
        return path;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
