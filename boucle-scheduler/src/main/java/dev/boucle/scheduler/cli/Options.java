package dev.boucle.scheduler.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs and bare switches, each at most once. */
final class Options {

    private static final Set<String> SWITCHES = Set.of("json", "greedy", "help");

    private final Map<String, String> values = new LinkedHashMap<>();

    static Options parse(List<String> args, Set<String> allowed) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            String value = "true";
            if (!SWITCHES.contains(name)) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.values.putIfAbsent(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return options;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** A whole number from 1 to {@code max}. */
    int count(String name, int fallback, int max) {
        if (!has(name)) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(values.get(name));
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a whole number from 1 to " + max);
    }

    /** A positive number of seconds (fractions allowed), at most {@code max}. */
    double seconds(String name, double fallback, double max) {
        if (!has(name)) {
            return fallback;
        }
        try {
            double seconds = Double.parseDouble(values.get(name));
            if (seconds > 0 && seconds <= max) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a number of seconds between 0 and " + (long) max);
    }
}
