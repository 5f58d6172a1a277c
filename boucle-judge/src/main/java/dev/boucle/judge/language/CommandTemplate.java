package dev.boucle.judge.language;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in argv templates. Values come from the judge's own
 * configuration only; submission text never reaches a template, and the result stays an argv
 * array that no shell ever parses.
 */
public final class CommandTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;

    public CommandTemplate(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    public List<String> expand(List<String> template) {
        return template.stream().map(this::expand).toList();
    }

    public String expand(String argument) {
        Matcher matcher = PLACEHOLDER.matcher(argument);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder {" + matcher.group(1) + "} in " + argument);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
