package dev.boucle.privacy;

import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.Text;
import dev.boucle.platform.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The privacy notices candidates see, one per data region of the offices (privacy/notices.yaml),
 * and the file's version, which the record of each candidate's lawful basis keeps; {@code {office}}
 * in a text is replaced with the office's name. Read on first use.
 */
@Component
public class PrivacyNotices {

    public record Section(Text title, Text body) {}

    private record Loaded(int version, Map<String, List<Section>> byRegion) {}

    private volatile Loaded loaded;

    public Optional<List<Section>> of(String region) {
        return Optional.ofNullable(loaded().byRegion().get(region));
    }

    /** The notices' version: a candidate's lawful basis is recorded with the version they were shown. */
    public int version() {
        return loaded().version();
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            l = parse("notices.yaml", ClasspathText.read("privacy/notices.yaml"));
            loaded = l;
        }
        return l;
    }

    static Loaded parse(String file, String yaml) {
        YamlNode root = YamlNode.compose(file, yaml, 256 * 1024);
        Map<String, YamlNode> top = root.fields(Set.of("version", "regions"));
        int version = YamlNode.required(root, top, "version").integer(1, 10_000);
        Map<String, List<Section>> regions = new LinkedHashMap<>();
        for (YamlNode item : YamlNode.required(root, top, "regions").list()) {
            Map<String, YamlNode> f = item.fields(Set.of("region", "sections"));
            List<Section> sections = new ArrayList<>();
            for (YamlNode s : YamlNode.required(item, f, "sections").list()) {
                Map<String, YamlNode> sf = s.fields(Set.of("title", "body"));
                sections.add(new Section(YamlNode.required(s, sf, "title").text(), YamlNode.required(s, sf, "body").text()));
            }
            regions.put(YamlNode.required(item, f, "region").string(), List.copyOf(sections));
        }
        return new Loaded(version, Map.copyOf(regions));
    }
}
