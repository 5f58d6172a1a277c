package dev.boucle.interviews.rubric;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.DataFileException;
import dev.boucle.platform.Text;
import dev.boucle.platform.YamlNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rubrics of every round type, read once from {@code interviews/rubrics.yaml} and checked:
 * 3 to 5 competencies each, four anchors in both languages, and a rubric for every round type
 * of the process in force.
 */
@Component
public class Rubrics {

    static final String FILE = "interviews/rubrics.yaml";
    private final ProcessCatalog catalog;
    private volatile Map<String, Rubric> byType;

    Rubrics(ProcessCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<Rubric> of(String roundType) {
        return Optional.ofNullable(all().get(roundType));
    }

    public Map<String, Rubric> all() {
        Map<String, Rubric> loaded = byType;
        if (loaded == null) {
            loaded = parse("rubrics.yaml", ClasspathText.read(FILE));
            for (var type : catalog.current().roundTypes()) {
                if (!loaded.containsKey(type.key())) {
                    throw new DataFileException("rubrics.yaml", 1, "roundTypes", "rubric.error.missing-type", type.key());
                }
            }
            byType = loaded;
        }
        return loaded;
    }

    static Map<String, Rubric> parse(String fileName, String yaml) {
        YamlNode top = YamlNode.compose(fileName, yaml, 1024 * 1024);
        Map<String, YamlNode> f = top.fields(Set.of("version", "roundTypes"));
        YamlNode.required(top, f, "version").integer(1, 1);
        Map<String, Rubric> rubrics = new LinkedHashMap<>();
        for (YamlNode item : YamlNode.required(top, f, "roundTypes").list()) {
            Map<String, YamlNode> rf = item.fields(Set.of("type", "competencies"));
            YamlNode typeNode = YamlNode.required(item, rf, "type");
            String type = typeNode.string();
            if (rubrics.containsKey(type)) throw typeNode.error("data.error.duplicate-key", type);
            YamlNode compNode = YamlNode.required(item, rf, "competencies");
            List<YamlNode> comps = compNode.list();
            if (comps.size() < 3 || comps.size() > 5) throw compNode.error("data.error.out-of-range", 3, 5);
            Set<String> keys = new HashSet<>();
            List<Competency> competencies = comps.stream().map(c -> competency(c, keys)).toList();
            rubrics.put(type, new Rubric(type, competencies));
        }
        return rubrics;
    }

    private static Competency competency(YamlNode c, Set<String> keys) {
        Map<String, YamlNode> cf = c.fields(Set.of("key", "name", "anchors"));
        YamlNode keyNode = YamlNode.required(c, cf, "key");
        String key = keyNode.string();
        if (!key.matches("[a-z][a-z0-9-]{0,39}")) throw keyNode.error("data.error.key-format", key, "[a-z][a-z0-9-]*");
        if (!keys.add(key)) throw keyNode.error("data.error.duplicate-key", key);
        YamlNode anchorsNode = YamlNode.required(c, cf, "anchors");
        Map<String, YamlNode> af = anchorsNode.fields(Set.of("1", "2", "3", "4"));
        Map<Integer, Text> anchors = new HashMap<>();
        for (int score = 1; score <= 4; score++) anchors.put(score, YamlNode.required(anchorsNode, af, String.valueOf(score)).text());
        return new Competency(key, YamlNode.required(c, cf, "name").text(), anchors);
    }
}
