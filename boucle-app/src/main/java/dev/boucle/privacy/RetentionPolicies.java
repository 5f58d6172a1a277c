package dev.boucle.privacy;

import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The retention policies per office (privacy/retention.yaml, or the file BOUCLE_RETENTION_FILE
 * names), read on first use; an office the file does not list takes its default. A bad file is a
 * configuration error naming the file, line and field.
 */
@Component
public class RetentionPolicies {

    /** One office's periods: how long a closed candidacy is kept, how long talent-pool consent lasts, when renewal is asked. */
    public record Policy(String office, int rejectedMonths, int consentMonths, int renewalNoticeDays) {}

    public record Loaded(int version, Policy fallback, Map<String, Policy> byOffice) {
        public List<Policy> all() {
            return List.copyOf(byOffice.values());
        }
    }

    private final @Nullable Path file;
    private volatile @Nullable Loaded loaded;

    RetentionPolicies(@Value("${boucle.retention.file:}") String file) {
        this.file = file.isBlank() ? null : Path.of(file);
    }

    Policy of(String office) {
        Loaded l = loaded();
        return l.byOffice().getOrDefault(office, new Policy(office, l.fallback().rejectedMonths(), l.fallback().consentMonths(),
                l.fallback().renewalNoticeDays()));
    }

    Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            l = file == null ? parse("retention.yaml", ClasspathText.read("privacy/retention.yaml")) : parse(file.toString(), read(file));
            loaded = l;
        }
        return l;
    }

    static Loaded parse(String name, String yaml) {
        YamlNode root = YamlNode.compose(name, yaml, 64 * 1024);
        Map<String, YamlNode> top = root.fields(Set.of("version", "default", "offices"));
        int version = YamlNode.required(root, top, "version").integer(1, 10_000);
        Policy fallback = policy(YamlNode.required(root, top, "default"), null);
        Map<String, Policy> offices = new LinkedHashMap<>();
        if (top.containsKey("offices")) {
            for (YamlNode item : top.get("offices").list()) offices.put(policy(item, "office").office(), policy(item, "office"));
        }
        return new Loaded(version, fallback, Map.copyOf(offices));
    }

    private static Policy policy(YamlNode node, @Nullable String officeKey) {
        Map<String, YamlNode> f = node.fields(officeKey == null ? Set.of("rejectedMonths", "consentMonths", "renewalNoticeDays")
                : Set.of(officeKey, "rejectedMonths", "consentMonths", "renewalNoticeDays"));
        String office = officeKey == null ? "*" : YamlNode.required(node, f, officeKey).string();
        return new Policy(office, YamlNode.required(node, f, "rejectedMonths").integer(1, 240),
                YamlNode.required(node, f, "consentMonths").integer(1, 240), YamlNode.required(node, f, "renewalNoticeDays").integer(1, 365));
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the retention file " + path, e);
        }
    }
}
