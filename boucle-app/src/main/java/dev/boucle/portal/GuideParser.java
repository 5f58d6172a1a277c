package dev.boucle.portal;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.platform.Text;
import dev.boucle.platform.YamlNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a guides file (portal/guides.yaml) on SnakeYAML's node tree, so every refusal names the
 * file, the line and the field. Every AI-tool policy needs its text; tracks and round types must
 * be the process's own (a guide for something the process does not have is a typo).
 */
final class GuideParser {

    private GuideParser() {}

    static Guide parse(String fileName, String yaml, HiringProcess process) {
        YamlNode root = YamlNode.compose(fileName, yaml, 512 * 1024);
        Map<String, YamlNode> top = root.fields(Set.of("version", "policies", "tracks", "roundTypes"));
        YamlNode.required(root, top, "version").integer(1, 1);
        YamlNode policiesNode = YamlNode.required(root, top, "policies");
        Map<String, YamlNode> pf = policiesNode.fields(Set.of("UNAIDED", "CALIBRATED", "ASSISTED"));
        Map<AiPolicy, Text> policies = new EnumMap<>(AiPolicy.class);
        for (AiPolicy policy : AiPolicy.values()) policies.put(policy, YamlNode.required(policiesNode, pf, policy.name()).text());

        Map<String, Guide.TrackGuide> tracks = new LinkedHashMap<>();
        for (YamlNode item : YamlNode.required(root, top, "tracks").list()) {
            Map<String, YamlNode> f = item.fields(Set.of("track", "intro", "prepare"));
            YamlNode keyNode = YamlNode.required(item, f, "track");
            String key = keyNode.string();
            if (process.track(key).isEmpty()) throw keyNode.error("portal.guide.unknown-track", key);
            if (tracks.containsKey(key)) throw keyNode.error("data.error.duplicate-field");
            List<Guide.Theme> themes = new ArrayList<>();
            for (YamlNode t : YamlNode.required(item, f, "prepare").list()) {
                Map<String, YamlNode> tf = t.fields(Set.of("title", "body"));
                themes.add(new Guide.Theme(YamlNode.required(t, tf, "title").text(), YamlNode.required(t, tf, "body").text()));
            }
            tracks.put(key, new Guide.TrackGuide(key, YamlNode.required(item, f, "intro").text(), themes));
        }

        Map<String, Guide.RoundGuide> rounds = new LinkedHashMap<>();
        for (YamlNode item : YamlNode.required(root, top, "roundTypes").list()) {
            Map<String, YamlNode> f = item.fields(Set.of("type", "assesses", "prepare", "onTheDay"));
            YamlNode typeNode = YamlNode.required(item, f, "type");
            String type = typeNode.string();
            if (process.roundType(type).isEmpty()) throw typeNode.error("portal.guide.unknown-round-type", type);
            if (rounds.containsKey(type)) throw typeNode.error("data.error.duplicate-field");
            List<Text> prepare = YamlNode.required(item, f, "prepare").list().stream().map(YamlNode::text).toList();
            rounds.put(type, new Guide.RoundGuide(type, YamlNode.required(item, f, "assesses").text(), prepare,
                    YamlNode.required(item, f, "onTheDay").text()));
        }
        return new Guide(policies, tracks, rounds);
    }
}
