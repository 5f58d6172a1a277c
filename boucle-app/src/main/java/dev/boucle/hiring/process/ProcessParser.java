package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

import dev.boucle.platform.DataFileException;
import dev.boucle.platform.YamlNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a process file and checks every rule the rest of Boucle relies on: known keys only,
 * both languages for every text, stages in their order, round counts per stage, round types
 * from the catalogue. The first problem found is reported with file, line and field.
 */
public final class ProcessParser {

    /** Upload size cap: a real process file is a few tens of kilobytes. */
    public static final int MAX_CHARS = 512 * 1024;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern UPPER_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Set<String> REGIONS = Set.of("EU", "UK", "US", "CH", "CA", "APAC");

    private ProcessParser() {}

    public static HiringProcess parse(String fileName, String yaml) {
        return readProcess(YamlNode.compose(fileName, yaml, MAX_CHARS));
    }

    private static HiringProcess readProcess(YamlNode top) {
        Map<String, YamlNode> f = top.fields(Set.of("version", "name", "targetWeeks", "levels", "offices", "roundTypes", "tracks"));
        int version = YamlNode.required(top, f, "version").integer(1, 1);
        Text name = YamlNode.required(top, f, "name").text();
        YamlNode weeksNode = YamlNode.required(top, f, "targetWeeks");
        Map<String, YamlNode> weeks = weeksNode.fields(Set.of("atRisk", "overdue"));
        int atRisk = YamlNode.required(weeksNode, weeks, "atRisk").integer(1, 52);
        YamlNode overdueNode = YamlNode.required(weeksNode, weeks, "overdue");
        int overdue = overdueNode.integer(1, 52);
        if (overdue <= atRisk) throw overdueNode.error("process.error.overdue-before-risk");

        List<Level> levels = new ArrayList<>();
        Set<String> levelKeys = new HashSet<>();
        for (YamlNode item : nonEmpty(YamlNode.required(top, f, "levels"))) {
            Map<String, YamlNode> lf = item.fields(Set.of("key", "name"));
            String key = unique(YamlNode.required(item, lf, "key"), Pattern.compile("[A-Za-z0-9-]{1,20}"), levelKeys);
            levels.add(new Level(key, YamlNode.required(item, lf, "name").text()));
        }
        List<Office> offices = new ArrayList<>();
        Set<String> officeKeys = new HashSet<>();
        for (YamlNode item : nonEmpty(YamlNode.required(top, f, "offices"))) offices.add(readOffice(item, officeKeys));

        List<RoundType> roundTypes = new ArrayList<>();
        Set<String> typeKeys = new HashSet<>();
        for (YamlNode item : nonEmpty(YamlNode.required(top, f, "roundTypes"))) {
            Map<String, YamlNode> rf = item.fields(Set.of("key", "name", "purpose", "defaultAiPolicy"));
            String key = unique(YamlNode.required(item, rf, "key"), UPPER_KEY, typeKeys);
            roundTypes.add(new RoundType(key, YamlNode.required(item, rf, "name").text(),
                    YamlNode.required(item, rf, "purpose").text(),
                    YamlNode.required(item, rf, "defaultAiPolicy").enumValue(AiPolicy.class)));
        }
        List<Track> tracks = new ArrayList<>();
        Set<String> trackKeys = new HashSet<>();
        for (YamlNode item : nonEmpty(YamlNode.required(top, f, "tracks"))) tracks.add(readTrack(item, trackKeys, roundTypes));
        return new HiringProcess(version, name, atRisk, overdue, levels, offices, roundTypes, tracks);
    }

    private static Office readOffice(YamlNode item, Set<String> keys) {
        Map<String, YamlNode> of = item.fields(Set.of("key", "name", "zone", "currency", "region"));
        String key = unique(YamlNode.required(item, of, "key"), KEY, keys);
        YamlNode zoneNode = YamlNode.required(item, of, "zone");
        ZoneId zone;
        try {
            zone = ZoneId.of(zoneNode.string());
        } catch (DateTimeException e) {
            throw zoneNode.error("process.error.zone", zoneNode.string());
        }
        YamlNode currencyNode = YamlNode.required(item, of, "currency");
        Currency currency;
        try {
            currency = Currency.getInstance(currencyNode.string());
        } catch (IllegalArgumentException e) {
            throw currencyNode.error("process.error.currency", currencyNode.string());
        }
        YamlNode regionNode = YamlNode.required(item, of, "region");
        if (!REGIONS.contains(regionNode.string())) {
            throw regionNode.error("data.error.not-one-of", regionNode.string(), String.join(", ", REGIONS.stream().sorted().toList()));
        }
        return new Office(key, YamlNode.required(item, of, "name").text(), zone, currency, regionNode.string());
    }

    private static Track readTrack(YamlNode item, Set<String> keys, List<RoundType> types) {
        Map<String, YamlNode> tf = item.fields(Set.of("key", "name", "summary", "expectations", "stages"));
        String key = unique(YamlNode.required(item, tf, "key"), KEY, keys);
        List<Text> expectations = new ArrayList<>();
        for (YamlNode e : nonEmpty(YamlNode.required(item, tf, "expectations"))) expectations.add(e.text());
        List<StageTemplate> stages = new ArrayList<>();
        StageKind previous = null;
        for (YamlNode stageNode : nonEmpty(YamlNode.required(item, tf, "stages"))) {
            Map<String, YamlNode> sf = stageNode.fields(Set.of("kind", "rounds", "weeks"));
            YamlNode kindNode = YamlNode.required(stageNode, sf, "kind");
            StageKind kind = kindNode.enumValue(StageKind.class);
            if (previous != null && kind.ordinal() <= previous.ordinal()) {
                throw kindNode.error("process.error.stage-order", kind, previous);
            }
            previous = kind;
            stages.add(new StageTemplate(kind, readRounds(stageNode, sf.get("rounds"), kind, types), readWeeks(sf.get("weeks"))));
        }
        YamlNode stagesNode = tf.get("stages");
        for (StageKind required : List.of(StageKind.ONSITE_LOOP, StageKind.FINAL_REVIEW, StageKind.OFFER)) {
            if (stages.stream().noneMatch(s -> s.kind() == required)) throw stagesNode.error("process.error.stage-missing", required);
        }
        return new Track(key, YamlNode.required(item, tf, "name").text(), YamlNode.required(item, tf, "summary").text(),
                expectations, stages);
    }

    /** How long a stage usually takes, {@code weeks: {min: 1, max: 2}}; absent: the timeline leaves it out. */
    private static StageTemplate.Weeks readWeeks(YamlNode node) {
        if (node == null) return null;
        Map<String, YamlNode> wf = node.fields(Set.of("min", "max"));
        int min = YamlNode.required(node, wf, "min").integer(0, 52);
        YamlNode maxNode = YamlNode.required(node, wf, "max");
        int max = maxNode.integer(0, 52);
        if (max < min) throw maxNode.error("process.error.weeks-order", min, max);
        return new StageTemplate.Weeks(min, max);
    }

    private static List<RoundTemplate> readRounds(YamlNode stage, YamlNode roundsNode, StageKind kind, List<RoundType> types) {
        RoundCount count = RoundCount.of(kind);
        List<YamlNode> items = roundsNode == null ? List.of() : roundsNode.list();
        if (items.size() < count.min() || items.size() > count.max()) {
            throw (roundsNode == null ? stage : roundsNode).error("process.error.round-count", kind, count.min(), count.max(), items.size());
        }
        List<RoundTemplate> rounds = new ArrayList<>();
        for (YamlNode r : items) {
            Map<String, YamlNode> rf = r.fields(Set.of("type", "minutes", "aiPolicy", "focus"));
            YamlNode typeNode = YamlNode.required(r, rf, "type");
            RoundType type = types.stream().filter(t -> t.key().equals(typeNode.string())).findFirst()
                    .orElseThrow(() -> typeNode.error("process.error.round-type", typeNode.string()));
            YamlNode minutesNode = YamlNode.required(r, rf, "minutes");
            int minutes = minutesNode.integer(15, 240);
            if (minutes % 15 != 0) throw minutesNode.error("process.error.minutes-grain");
            AiPolicy policy = rf.containsKey("aiPolicy") ? rf.get("aiPolicy").enumValue(AiPolicy.class) : type.defaultAiPolicy();
            rounds.add(new RoundTemplate(type.key(), minutes, policy, r.optionalText(rf, "focus").orElse(null)));
        }
        return rounds;
    }

    /** How many rounds each stage may plan. */
    record RoundCount(int min, int max) {
        static RoundCount of(StageKind kind) {
            return switch (kind) {
                case RECRUITER_SCREEN, HIRING_MANAGER -> new RoundCount(1, 1);
                case PHONE_SCREEN -> new RoundCount(1, 2);
                case ONSITE_LOOP -> new RoundCount(4, 6);
                case FINAL_REVIEW, OFFER -> new RoundCount(0, 0);
            };
        }
    }

    private static List<YamlNode> nonEmpty(YamlNode node) {
        List<YamlNode> items = node.list();
        if (items.isEmpty()) throw node.error("data.error.empty-list");
        return items;
    }

    private static String unique(YamlNode node, Pattern pattern, Set<String> seen) {
        String key = node.string();
        if (!pattern.matcher(key).matches()) throw node.error("data.error.key-format", key, pattern.pattern());
        if (!seen.add(key)) throw node.error("data.error.duplicate-key", key);
        return key;
    }
}
