package dev.boucle.judge.config;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Typed, validating access to one YAML mapping. Hand-written rather than data-bound so that an
 * author's typo gets a message naming the file and the field instead of a mapper stack trace.
 */
public final class YamlFields {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final JsonNode node;
    private final String where;

    private YamlFields(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    public static YamlFields parse(InputStream in, String where) {
        try (in) {
            JsonNode root = YAML.readTree(in);
            if (root == null || !root.isObject()) {
                throw new ConfigException(where + ": expected a YAML mapping");
            }
            return new YamlFields(root, where);
        } catch (JacksonException e) {
            throw new ConfigException(where + ": invalid YAML: " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new ConfigException(where + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Rejects unknown keys: a misspelt limit must not silently fall back to a default. */
    public YamlFields allowOnly(Set<String> keys) {
        for (String key : node.propertyNames()) {
            if (!keys.contains(key)) {
                throw new ConfigException(where + ": unknown field '" + key + "'");
            }
        }
        return this;
    }

    public String string(String key) {
        return optionalString(key).orElseThrow(() -> new ConfigException(where + ": missing field '" + key + "'"));
    }

    public Optional<String> optionalString(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode() || value.isObject()) {
            throw new ConfigException(where + ": field '" + key + "' must be a scalar");
        }
        return Optional.of(value.asString());
    }

    public int integer(String key) {
        return optionalInteger(key).orElseThrow(() -> new ConfigException(where + ": missing field '" + key + "'"));
    }

    public Optional<Integer> optionalInteger(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new ConfigException(where + ": field '" + key + "' must be an integer");
        }
        return Optional.of(value.asInt());
    }

    public Optional<Double> optionalNumber(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw new ConfigException(where + ": field '" + key + "' must be a number");
        }
        return Optional.of(value.asDouble());
    }

    public List<String> strings(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new ConfigException(where + ": field '" + key + "' must be a list of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value.values()) {
            if (!item.isString()) {
                throw new ConfigException(where + ": field '" + key + "' must be a list of strings");
            }
            out.add(item.asString());
        }
        return out;
    }

    public Map<String, String> stringMap(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Optional<YamlFields> child = optionalChild(key);
        child.ifPresent(c -> c.node.properties().forEach(e -> out.put(e.getKey(), e.getValue().asString())));
        return out;
    }

    public Optional<YamlFields> optionalChild(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw new ConfigException(where + ": field '" + key + "' must be a mapping");
        }
        return Optional.of(new YamlFields(value, where + " > " + key));
    }

    public List<YamlFields> children(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isArray()) {
            throw new ConfigException(where + ": field '" + key + "' must be a list");
        }
        List<YamlFields> out = new ArrayList<>();
        int index = 0;
        for (JsonNode item : value.values()) {
            if (!item.isObject()) {
                throw new ConfigException(where + ": items of '" + key + "' must be mappings");
            }
            out.add(new YamlFields(item, where + " > " + key + "[" + index++ + "]"));
        }
        return out;
    }

    public String where() {
        return where;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
