package dev.boucle.judge.cli;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** "--name value" options and "--flag" switches after a subcommand. Nothing here reaches a shell. */
final class Arguments {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, List<String>> repeated = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private Arguments() {
    }

    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
        return parse(args, valueOptions, flagOptions, Set.of());
    }

    /** @param repeatable options that may come several times, e.g. one --source per file */
    static Arguments parse(List<String> args, Set<String> valueOptions, Set<String> flagOptions, Set<String> repeatable) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (repeatable.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                parsed.repeated.computeIfAbsent(arg, k -> new java.util.ArrayList<>()).add(args.get(++i));
            } else if (flagOptions.contains(arg)) {
                parsed.flags.add(arg);
            } else if (valueOptions.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("option " + arg + " needs a value");
                }
                if (parsed.values.put(arg, args.get(++i)) != null) {
                    throw new UsageException("option " + arg + " given twice");
                }
            } else {
                throw new UsageException("unknown argument '" + printable(arg) + "'");
            }
        }
        return parsed;
    }

    String required(String option) {
        return optional(option).orElseThrow(() -> new UsageException("missing " + option));
    }

    /** Every value of a repeatable option, in order; empty when it was not given. */
    List<String> all(String option) {
        return List.copyOf(repeated.getOrDefault(option, List.of()));
    }

    Optional<String> optional(String option) {
        return Optional.ofNullable(values.get(option));
    }

    boolean flag(String option) {
        return flags.contains(option);
    }

    /** Error messages must stay on one line whatever a caller passed, newlines included. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        String clipped = text.length() > 200 ? text.substring(0, 200) + "..." : text;
        for (char c : clipped.toCharArray()) {
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
