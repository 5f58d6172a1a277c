package dev.boucle.fuzz;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fuzzer holds every answer to: never a server error, and a 400 is a problem+json
 * document that names the field at fault, as {@code errors} (field to message), as
 * {@code field} (data files: with file and line), or as {@code rows[].field} (CSV imports).
 */
final class ResponseVerdict {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ResponseVerdict() {}

    /** Why the answer is wrong, or empty when it is acceptable. */
    static Optional<String> judge(int status, String contentType, String body) {
        if (status >= 500) return Optional.of(status + " " + excerpt(body));
        if (status != 400) return Optional.empty();
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            return Optional.of("400 without problem+json (" + contentType + "): " + excerpt(body));
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (RuntimeException e) {
            return Optional.of("400 whose problem+json does not parse: " + excerpt(body));
        }
        return namesField(problem) ? Optional.empty() : Optional.of("400 naming no field: " + excerpt(body));
    }

    static boolean namesField(JsonNode problem) {
        JsonNode errors = problem.path("errors");
        if (errors.isObject() && !errors.isEmpty()) {
            for (var e : errors.properties()) {
                if (e.getKey().isBlank() || !e.getValue().isString() || e.getValue().asString().isBlank()) return false;
            }
            return true;
        }
        if (problem.path("field").isString() && !problem.get("field").asString().isBlank()) return true;
        JsonNode rows = problem.path("rows");
        if (rows.isArray() && !rows.isEmpty()) {
            for (JsonNode row : rows) {
                if (!row.path("field").isString() || row.get("field").asString().isBlank()) return false;
            }
            return true;
        }
        return false;
    }

    private static String excerpt(String body) {
        if (body == null) return "";
        return body.length() > 400 ? body.substring(0, 400) + "…" : body;
    }
}
