package dev.boucle.comp.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A mapping inside a rule file, read field by field with typed accessors. Every problem is
 * reported with the file, the line and the dotted path of the field; {@link #close()} rejects
 * fields nobody read, so a misspelt key fails loudly instead of being ignored.
 */
public final class Section {

    private final String file;
    private final String path;
    private final YamlNode.Mapping node;
    private final Set<String> read = new HashSet<>();

    Section(String file, String path, YamlNode.Mapping node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    public boolean has(String key) {
        return node.entries().containsKey(key);
    }

    public Section section(String key) {
        YamlNode value = required(key);
        if (value instanceof YamlNode.Mapping mapping) {
            return new Section(file, field(key), mapping);
        }
        throw error(key, value.line(), "must be a mapping");
    }

    public List<Section> sections(String key) {
        List<Section> out = new ArrayList<>();
        List<YamlNode> items = sequence(key);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof YamlNode.Mapping mapping)) {
                throw error(key + "[" + i + "]", items.get(i).line(), "must be a mapping");
            }
            out.add(new Section(file, field(key) + "[" + i + "]", mapping));
        }
        return out;
    }

    /** A non-negative amount of money, exact as written. */
    public BigDecimal money(String key) {
        BigDecimal value = decimal(key);
        if (value.signum() < 0) {
            throw error(key, required(key).line(), "must not be negative, found " + value.toPlainString());
        }
        return value;
    }

    public int integer(String key) {
        BigDecimal value = decimal(key);
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw error(key, required(key).line(), "must be a whole number, found " + value.toPlainString());
        }
    }

    /** A percentage written "6.9%", returned as the fraction 0.069; a bare number is refused as ambiguous. */
    public BigDecimal rate(String key) {
        YamlNode.Scalar scalar = scalar(key);
        String text = scalar.text() == null ? "" : scalar.text().trim();
        if (!text.endsWith("%")) {
            throw error(key, scalar.line(), "must be a percentage such as '6.9%', found '" + text + "'");
        }
        try {
            BigDecimal percent = new BigDecimal(text.substring(0, text.length() - 1).trim());
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw error(key, scalar.line(), "must be between 0% and 100%, found " + text);
            }
            return percent.movePointLeft(2);
        } catch (NumberFormatException e) {
            throw error(key, scalar.line(), "must be a percentage such as '6.9%', found '" + text + "'");
        }
    }

    public String text(String key) {
        YamlNode.Scalar scalar = scalar(key);
        if (scalar.text() == null || scalar.text().isBlank()) {
            throw error(key, scalar.line(), "must not be empty");
        }
        return scalar.text();
    }

    public boolean bool(String key) {
        String text = text(key);
        if (!text.equals("true") && !text.equals("false")) {
            throw error(key, required(key).line(), "must be true or false, found '" + text + "'");
        }
        return Boolean.parseBoolean(text);
    }

    /** A progressive scale: list of {from, rate[, name]} with ascending starts, the first at 0. */
    public Scale scale(String key) {
        List<Section> items = sections(key);
        if (items.isEmpty()) {
            throw error(key, required(key).line(), "must list at least one band");
        }
        List<Band> bands = new ArrayList<>();
        for (Section item : items) {
            BigDecimal from = item.money("from");
            BigDecimal rate = item.rate("rate");
            String name = item.has("name") ? item.text("name") : "Band from " + from.toPlainString() + " at " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            if (bands.isEmpty() && from.signum() != 0) {
                throw item.error("from", item.line("from"), "of the first band must be 0");
            }
            if (!bands.isEmpty() && from.compareTo(bands.get(bands.size() - 1).from()) <= 0) {
                throw item.error("from", item.line("from"), "must be above the previous band's start " + bands.get(bands.size() - 1).from().toPlainString());
            }
            item.close();
            bands.add(new Band(from, rate, name));
        }
        return new Scale(bands);
    }

    /** Fails on any field that was never read: a typo must not silently drop a figure. */
    public void close() {
        for (Map.Entry<String, YamlNode> entry : node.entries().entrySet()) {
            if (!read.contains(entry.getKey())) {
                throw error(entry.getKey(), line(entry.getKey()), "is not a known field here");
            }
        }
    }

    /** Marks a field as handled by someone else (the source check), so close() accepts it. */
    void touch(String key) {
        read.add(key);
    }

    YamlNode.Mapping rawSelf() {
        return node;
    }

    YamlNode raw(String key) {
        return required(key);
    }

    public RuleFileException error(String key, int line, String problem) {
        return new RuleFileException(file, line, field(key), problem);
    }

    public int line(String key) {
        Integer line = node.keyLines().get(key);
        return line == null ? node.line() : line;
    }

    private BigDecimal decimal(String key) {
        YamlNode.Scalar scalar = scalar(key);
        if (!scalar.numeric()) {
            throw error(key, scalar.line(), "must be a number, found '" + scalar.text() + "'");
        }
        return new BigDecimal(scalar.text().replace("_", ""));
    }

    private List<YamlNode> sequence(String key) {
        YamlNode value = required(key);
        if (value instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        throw error(key, value.line(), "must be a list");
    }

    private YamlNode.Scalar scalar(String key) {
        YamlNode value = required(key);
        if (value instanceof YamlNode.Scalar scalar) {
            return scalar;
        }
        throw error(key, value.line(), "must be a single value");
    }

    private YamlNode required(String key) {
        read.add(key);
        YamlNode value = node.entries().get(key);
        if (value == null) {
            throw new RuleFileException(file, node.line(), field(key), "is missing");
        }
        return value;
    }

    private String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
