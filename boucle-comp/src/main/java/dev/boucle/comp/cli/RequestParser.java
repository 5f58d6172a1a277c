package dev.boucle.comp.cli;

import dev.boucle.comp.NetQuery;
import dev.boucle.comp.api.NetRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code net} command's options, read by the same {@link NetQuery} the app's HTTP endpoint uses. */
final class RequestParser {

    static final Set<String> NET_OPTIONS = withSwitches();

    private RequestParser() {
    }

    static NetRequest parse(Options o) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : NetQuery.FIELDS) {
            if (o.has(field)) {
                values.put(field, o.all(field));
            }
        }
        try {
            return NetQuery.parse(values);
        } catch (NetQuery.Invalid e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Set<String> withSwitches() {
        Set<String> all = new HashSet<>(NetQuery.FIELDS);
        all.add("json");
        all.add("help");
        return Set.copyOf(all);
    }
}
