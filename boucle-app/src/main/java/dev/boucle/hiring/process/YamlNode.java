package dev.boucle.hiring.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that knows where it sits (file, line, path), so that every validation error can
 * name them. Reading a field that is missing or of the wrong shape throws a
 * {@link ProcessFileException}.
 */
final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;

    YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    ProcessFileException error(String key, Object... args) {
        return new ProcessFileException(file, line(), path.isEmpty() ? "(top)" : path, key, args);
    }

    /** The fields of a mapping, refusing any key not in {@code allowed}. */
    Map<String, YamlNode> fields(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) throw error("process.error.not-mapping");
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            YamlNode child = new YamlNode(file, path.isEmpty() ? key : path + "." + key, tuple.getValueNode());
            if (!allowed.contains(key)) {
                throw new YamlNode(file, child.path, tuple.getKeyNode()).error("process.error.unknown-field", String.join(", ", allowed));
            }
            if (fields.put(key, child) != null) throw child.error("process.error.duplicate-field");
            // PyYAML-style nulls (key with nothing after it) are treated as missing.
            if (child.node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) fields.remove(key);
        }
        return fields;
    }

    static YamlNode required(YamlNode parent, Map<String, YamlNode> fields, String key) {
        YamlNode value = fields.get(key);
        if (value == null) {
            throw new ProcessFileException(parent.file, parent.line(),
                    parent.path.isEmpty() ? key : parent.path + "." + key, "process.error.missing");
        }
        return value;
    }

    String string() {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) throw error("process.error.not-text");
        return s.getValue().strip();
    }

    int integer(int min, int max) {
        String raw = string();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) throw error("process.error.out-of-range", min, max);
            return value;
        } catch (NumberFormatException e) {
            throw error("process.error.not-number", raw);
        }
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
        String raw = string();
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) names.add(constant.name());
            throw error("process.error.not-one-of", raw, String.join(", ", names));
        }
    }

    Text text() {
        Map<String, YamlNode> f = fields(Set.of("en", "fr"));
        return new Text(required(this, f, "en").string(), required(this, f, "fr").string());
    }

    Optional<Text> optionalText(Map<String, YamlNode> fields, String key) {
        return Optional.ofNullable(fields.get(key)).map(YamlNode::text);
    }

    List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) throw error("process.error.not-list");
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            items.add(new YamlNode(file, path + "[" + i + "]", seq.getValue().get(i)));
        }
        return items;
    }
}
