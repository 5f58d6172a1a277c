package dev.boucle.judge.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {name}} placeholders in argv templates. Values come from the judge's own
 * configuration only; submission text never reaches a template, and the result stays an argv
 * array that no shell ever parses. A list placeholder (e.g. {@code {sources}}, the submission's
 * files) must be a whole argument and becomes one argument per value; its values are file names
 * the judge has already checked against a strict pattern.
 */
public final class CommandTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private final Map<String, String> values;
    private final Map<String, List<String>> lists;

    public CommandTemplate(Map<String, String> values) {
        this(values, Map.of());
    }

    private CommandTemplate(Map<String, String> values, Map<String, List<String>> lists) {
        this.values = Map.copyOf(values);
        this.lists = Map.copyOf(lists);
    }

    /** A copy where {@code {name}} is {@code value}. */
    public CommandTemplate with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        return new CommandTemplate(copy, lists);
    }

    /** A copy where an argument that is exactly {@code {name}} becomes these arguments. */
    public CommandTemplate withList(String name, List<String> arguments) {
        Map<String, List<String>> copy = new HashMap<>(lists);
        copy.put(name, List.copyOf(arguments));
        return new CommandTemplate(values, copy);
    }

    public List<String> expand(List<String> template) {
        List<String> out = new ArrayList<>();
        for (String argument : template) {
            Matcher whole = PLACEHOLDER.matcher(argument);
            if (whole.matches() && lists.containsKey(whole.group(1))) {
                out.addAll(lists.get(whole.group(1)));
            } else {
                out.add(expand(argument));
            }
        }
        return List.copyOf(out);
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
