package dev.boucle.platform;

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
 * {@link DataFileException}.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Node node;

    public YamlNode(String file, String path, Node node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /**
     * Parses YAML text into a node tree that keeps line numbers, refusing oversized input and
     * alias bombs; a syntax error becomes a {@link DataFileException} with its line.
     */
    public static YamlNode compose(String fileName, String yaml, int maxChars) {
        if (yaml.length() > maxChars) {
            throw new DataFileException(fileName, 1, "(file)", "data.error.too-large", maxChars / 1024);
        }
        org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(maxChars);
        Node root;
        try {
            root = new org.yaml.snakeyaml.Yaml(options).compose(new java.io.StringReader(yaml));
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new DataFileException(fileName, line, "(syntax)", "data.error.syntax", e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw new DataFileException(fileName, 1, "(syntax)", "data.error.syntax", e.getMessage());
        }
        if (root == null) throw new DataFileException(fileName, 1, "(file)", "data.error.empty");
        return new YamlNode(fileName, "", root);
    }

    public int line() {
        return node.getStartMark().getLine() + 1;
    }

    public String path() {
        return path;
    }

    public DataFileException error(String key, Object... args) {
        return new DataFileException(file, line(), path.isEmpty() ? "(top)" : path, key, args);
    }

    /** The fields of a mapping, refusing any key not in {@code allowed}. */
    public Map<String, YamlNode> fields(Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) throw error("data.error.not-mapping");
        Map<String, YamlNode> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            YamlNode child = new YamlNode(file, path.isEmpty() ? key : path + "." + key, tuple.getValueNode());
            if (!allowed.contains(key)) {
                throw new YamlNode(file, child.path, tuple.getKeyNode()).error("data.error.unknown-field", String.join(", ", allowed));
            }
            if (fields.put(key, child) != null) throw child.error("data.error.duplicate-field");
            // PyYAML-style nulls (key with nothing after it) are treated as missing.
            if (child.node instanceof ScalarNode s && s.getTag().getValue().endsWith(":null")) fields.remove(key);
        }
        return fields;
    }

    public static YamlNode required(YamlNode parent, Map<String, YamlNode> fields, String key) {
        YamlNode value = fields.get(key);
        if (value == null) {
            throw new DataFileException(parent.file, parent.line(),
                    parent.path.isEmpty() ? key : parent.path + "." + key, "data.error.missing");
        }
        return value;
    }

    public String string() {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) throw error("data.error.not-text");
        return s.getValue().strip();
    }

    public int integer(int min, int max) {
        String raw = string();
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) throw error("data.error.out-of-range", min, max);
            return value;
        } catch (NumberFormatException e) {
            throw error("data.error.not-number", raw);
        }
    }

    public <E extends Enum<E>> E enumValue(Class<E> type) {
        String raw = string();
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E constant : type.getEnumConstants()) names.add(constant.name());
            throw error("data.error.not-one-of", raw, String.join(", ", names));
        }
    }

    public Text text() {
        Map<String, YamlNode> f = fields(Set.of("en", "fr"));
        return new Text(required(this, f, "en").string(), required(this, f, "fr").string());
    }

    public Optional<Text> optionalText(Map<String, YamlNode> fields, String key) {
        return Optional.ofNullable(fields.get(key)).map(YamlNode::text);
    }

    public List<YamlNode> list() {
        if (!(node instanceof SequenceNode seq)) throw error("data.error.not-list");
        List<YamlNode> items = new ArrayList<>();
        for (int i = 0; i < seq.getValue().size(); i++) {
            items.add(new YamlNode(file, path + "[" + i + "]", seq.getValue().get(i)));
        }
        return items;
    }
}
