package dev.boucle.comp.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the rule file for a jurisdiction and income year on the classpath
 * ({@code rules/<id>-<year>.yaml}). A year without its own file falls back to the latest
 * earlier one and the answer is flagged as an estimate, with the reason; a new year is a new
 * file, never new code. Typed rules are built once per file and cached (the bench relies on it).
 */
public final class RuleLibrary {

    /** How far back a missing year may look for figures before giving up. */
    private static final int MAX_FALLBACK_YEARS = 5;

    private final Map<String, Object> cache = new ConcurrentHashMap<>();

    /** Typed rules plus whether (and why) they are an estimate for the requested year. */
    public record Loaded<T>(T rules, String file, int requestedYear, List<String> estimateReasons) {
        public boolean estimate() {
            return !estimateReasons.isEmpty();
        }
    }

    public <T> Loaded<T> load(String id, int year, Function<RuleFile, T> builder) {
        for (int y = year; y >= year - MAX_FALLBACK_YEARS; y--) {
            String resource = "rules/" + id + "-" + y + ".yaml";
            @SuppressWarnings("unchecked")
            Built<T> built = (Built<T>) cache.computeIfAbsent(resource, r -> build(r, builder));
            if (built.rules() == null) {
                continue;
            }
            List<String> reasons = new ArrayList<>();
            if (y != year) {
                reasons.add("no " + id + " rules published for " + year + " yet: the " + y + " figures (" + built.file().name() + ") are used");
            }
            if (built.file().estimateReason() != null) {
                reasons.add(built.file().name() + ": " + built.file().estimateReason());
            }
            return new Loaded<>(built.rules(), built.file().name(), year, reasons);
        }
        throw new UnknownYearException("no " + id + " rules for year " + year + " or the " + MAX_FALLBACK_YEARS + " years before");
    }

    private record Built<T>(RuleFile file, T rules) { }

    private static <T> Built<T> build(String resource, Function<RuleFile, T> builder) {
        RuleFile file = RuleFile.loadResource(resource);
        if (file == null) {
            return new Built<>(null, null);
        }
        String expected = resource.substring(resource.lastIndexOf('-') + 1, resource.lastIndexOf('.'));
        if (!String.valueOf(file.incomeYear()).equals(expected)) {
            throw new RuleFileException(file.name(), 1, "incomeYear", "is " + file.incomeYear() + " but the file name says " + expected);
        }
        T rules = builder.apply(file);
        file.close();
        return new Built<>(file, rules);
    }

    /** The request asks for a year no rule file can answer. */
    public static final class UnknownYearException extends RuntimeException {
        public UnknownYearException(String message) {
            super(message);
        }
    }
}
