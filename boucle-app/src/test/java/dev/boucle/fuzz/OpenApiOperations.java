package dev.boucle.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The operations of Boucle's OpenAPI document, as the fuzzer needs them: method, path
 * template, parameters with their schemas, and the media types and schema of the body.
 * References ({@code $ref}) are resolved against the document's components.
 */
record OpenApiOperations(JsonNode document, List<Operation> all) {

    record Parameter(String name, String in, boolean required, JsonNode schema) {}

    record Operation(String method, String path, List<Parameter> parameters, List<String> bodyTypes, JsonNode bodySchema) {
        String name() {
            return method + " " + path;
        }
    }

    static OpenApiOperations of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode o = op.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : o.path("parameters")) {
                    parameters.add(new Parameter(p.get("name").asString(), p.get("in").asString(),
                            p.path("required").asBoolean(false), p.path("schema")));
                }
                List<String> types = new ArrayList<>();
                JsonNode schema = null;
                for (Map.Entry<String, JsonNode> content : o.path("requestBody").path("content").properties()) {
                    types.add(content.getKey());
                    if (schema == null) schema = content.getValue().path("schema");
                }
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(parameters),
                        List.copyOf(types), schema));
            }
        }
        return new OpenApiOperations(document, List.copyOf(operations));
    }

    /** The schema a {@code $ref} points to, or the schema itself. */
    JsonNode resolve(JsonNode schema) {
        for (int hops = 0; schema != null && schema.has("$ref") && hops < 10; hops++) {
            String ref = schema.get("$ref").asString();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            schema = document.path("components").path("schemas").path(name);
        }
        return schema;
    }

    /** Every property name in the document's schemas: the fuzzer's dictionary of keys. */
    List<String> propertyNames() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                if (!names.contains(property.getKey())) names.add(property.getKey());
            }
        }
        return names;
    }
}
