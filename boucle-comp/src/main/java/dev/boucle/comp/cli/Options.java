package dev.boucle.comp.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs and bare switches, each option at most once (except repeatable ones). */
final class Options {

    private static final Set<String> SWITCHES = Set.of("json", "help");
    private static final Set<String> REPEATABLE = Set.of("student-loan");

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    static Options parse(List<String> args, Set<String> allowed) {
        Options options = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name);
            }
            if (SWITCHES.contains(name)) {
                value = value == null ? "true" : value;
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (options.values.containsKey(name) && !REPEATABLE.contains(name)) {
                throw new UsageException("--" + name + " given twice");
            }
            options.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return options;
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    String get(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(0);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String require(String name) {
        String value = get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }
}
