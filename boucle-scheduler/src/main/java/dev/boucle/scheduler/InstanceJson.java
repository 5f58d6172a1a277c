package dev.boucle.scheduler;

import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an instance from the JSON documented in the module's README, then validates it. */
public final class InstanceJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Set<String> ROOT = Set.of("grainMinutes", "interviewers", "loops");
    private static final Set<String> INTERVIEWER = Set.of("id", "zone", "languages", "roundTypes", "maxPerWeek",
            "trainee", "workHours", "busy", "booked");
    private static final Set<String> LOOP = Set.of("candidate", "zone", "language", "available", "excludedInterviewers",
            "minBreakMinutes", "rounds");
    private static final Set<String> ROUND = Set.of("id", "type", "minutes", "pinned", "published");
    private static final Set<String> PLACEMENT = Set.of("interviewer", "start");
    private static final Set<String> INTERVAL = Set.of("start", "end");
    private static final Set<String> HOURS = Set.of("start", "end");

    private InstanceJson() {
    }

    /** @throws InstanceException naming the field at fault, for malformed JSON or a bad value */
    public static Instance parse(String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InstanceException("$", "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        JsonObject root = new JsonObject(tree, "", ROOT);
        Instance instance = new Instance(root.integer("grainMinutes"),
                root.list("interviewers", true, InstanceJson::interviewer),
                root.list("loops", true, InstanceJson::loop));
        InstanceValidator.validate(instance);
        return instance;
    }

    private static InterviewerSpec interviewer(JsonNode node, String path) {
        JsonObject o = new JsonObject(node, path, INTERVIEWER);
        JsonObject hours = o.object("workHours", HOURS);
        return new InterviewerSpec(o.text("id"), o.zone("zone"), o.texts("languages", true), o.texts("roundTypes", true),
                o.integer("maxPerWeek"), o.bool("trainee", false), hours.time("start"), hours.time("end"),
                o.list("busy", false, InstanceJson::interval), o.list("booked", false, InstanceJson::interval));
    }

    private static LoopSpec loop(JsonNode node, String path) {
        JsonObject o = new JsonObject(node, path, LOOP);
        return new LoopSpec(o.text("candidate"), o.zone("zone"), o.text("language"),
                o.list("available", true, InstanceJson::interval), o.texts("excludedInterviewers", false),
                o.integer("minBreakMinutes", 0), o.list("rounds", true, InstanceJson::round));
    }

    private static RoundSpec round(JsonNode node, String path) {
        JsonObject o = new JsonObject(node, path, ROUND);
        return new RoundSpec(o.text("id"), o.text("type"), o.integer("minutes"),
                o.has("pinned") ? placement(o.object("pinned", PLACEMENT)) : null,
                o.has("published") ? placement(o.object("published", PLACEMENT)) : null);
    }

    private static Placement placement(JsonObject o) {
        return new Placement(o.text("interviewer"), o.instant("start"));
    }

    private static Interval interval(JsonNode node, String path) {
        JsonObject o = new JsonObject(node, path, INTERVAL);
        return new Interval(o.instant("start"), o.instant("end"));
    }
}
