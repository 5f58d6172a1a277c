package dev.boucle.comp.rules;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it came from, so a bad figure is reported as
 * "file:line: field" rather than as a stack trace. Closed set: mapping, sequence, scalar.
 */
public sealed interface YamlNode {

    int line();

    /** {@code keyLines}: the line of each key, where errors about that field point. */
    record Mapping(int line, Map<String, YamlNode> entries, Map<String, Integer> keyLines) implements YamlNode { }

    record Sequence(int line, List<YamlNode> items) implements YamlNode { }

    /** {@code text} is null for YAML null; numbers keep their exact written form. */
    record Scalar(int line, String text, boolean numeric) implements YamlNode { }
}
