package dev.boucle.scheduler;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import tools.jackson.databind.JsonNode;

/**
 * A JSON object being read, with its path, so that every error names the field
 * ({@code loops[2].rounds[0].minutes}). Unknown fields are refused: a typo must not pass silently.
 */
final class JsonObject {

    private final JsonNode node;
    private final String path;

    JsonObject(JsonNode node, String path, Set<String> known) {
        this.path = path;
        if (node == null || !node.isObject()) {
            throw new InstanceException(path.isEmpty() ? "$" : path, "must be an object");
        }
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                throw new InstanceException(at(name), "unknown field");
            }
        }
        this.node = node;
    }

    String at(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    JsonNode raw(String name) {
        if (!has(name)) {
            throw new InstanceException(at(name), "is required");
        }
        return node.get(name);
    }

    String text(String name) {
        JsonNode value = raw(name);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw new InstanceException(at(name), "must be a non-empty string");
        }
        return value.stringValue();
    }

    int integer(String name) {
        JsonNode value = raw(name);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new InstanceException(at(name), "must be an integer");
        }
        return value.intValue();
    }

    int integer(String name, int fallback) {
        return has(name) ? integer(name) : fallback;
    }

    boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw new InstanceException(at(name), "must be true or false");
        }
        return value.booleanValue();
    }

    ZoneId zone(String name) {
        String id = text(name);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InstanceException(at(name), "unknown time zone '" + id + "'");
        }
    }

    Instant instant(String name) {
        String text = text(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw new InstanceException(at(name), "must be an ISO-8601 instant such as 2026-12-07T10:00:00Z");
        }
    }

    LocalTime time(String name) {
        String text = text(name);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new InstanceException(at(name), "must be a local time such as 09:00");
        }
    }

    JsonObject object(String name, Set<String> known) {
        return new JsonObject(raw(name), at(name), known);
    }

    Set<String> texts(String name, boolean required) {
        Set<String> out = new LinkedHashSet<>();
        if (!required && !has(name)) {
            return out;
        }
        JsonNode array = array(name);
        int i = 0;
        for (JsonNode value : array) {
            if (!value.isString() || value.stringValue().isBlank()) {
                throw new InstanceException(at(name) + "[" + i + "]", "must be a non-empty string");
            }
            out.add(value.stringValue());
            i++;
        }
        return out;
    }

    /** Reads each element of an array field; a missing optional array is empty. */
    <T> List<T> list(String name, boolean required, BiFunction<JsonNode, String, T> element) {
        List<T> out = new ArrayList<>();
        if (!required && !has(name)) {
            return out;
        }
        JsonNode array = array(name);
        int i = 0;
        for (JsonNode value : array) {
            out.add(element.apply(value, at(name) + "[" + i++ + "]"));
        }
        return out;
    }

    private JsonNode array(String name) {
        JsonNode value = raw(name);
        if (!value.isArray()) {
            throw new InstanceException(at(name), "must be an array");
        }
        return value;
    }
}
