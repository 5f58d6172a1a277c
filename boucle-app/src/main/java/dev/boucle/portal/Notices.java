package dev.boucle.portal;

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
 * The privacy notices candidates see, one per data region of the offices (portal/notices.yaml);
 * {@code {office}} in a text is replaced with the office's name. Read on first use.
 */
@Component
class Notices {

    record Section(Text title, Text body) {}

    private volatile Map<String, List<Section>> byRegion;

    Optional<List<Section>> of(String region) {
        Map<String, List<Section>> loaded = byRegion;
        if (loaded == null) {
            loaded = parse("notices.yaml", ClasspathText.read("portal/notices.yaml"));
            byRegion = loaded;
        }
        return Optional.ofNullable(loaded.get(region));
    }

    static Map<String, List<Section>> parse(String file, String yaml) {
        YamlNode root = YamlNode.compose(file, yaml, 256 * 1024);
        Map<String, YamlNode> top = root.fields(Set.of("version", "regions"));
        YamlNode.required(root, top, "version").integer(1, 1);
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
        return Map.copyOf(regions);
    }
}
