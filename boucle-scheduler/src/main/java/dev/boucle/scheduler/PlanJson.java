package dev.boucle.scheduler;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a plan as the CLI's JSON: fixed keys, instants in ISO-8601 UTC, {@code shadow} only when there is one. */
public final class PlanJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private PlanJson() {
    }

    public static String write(Plan plan) {
        return MAPPER.writeValueAsString(tree(plan));
    }

    static Map<String, Object> tree(Plan plan) {
        List<Map<String, Object>> assignments = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("round", a.round());
            out.put("interviewer", a.interviewer());
            out.put("start", a.start().toString());
            out.put("end", a.end().toString());
            if (a.shadow() != null) {
                out.put("shadow", a.shadow());
            }
            assignments.add(out);
        }
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("hard", plan.score().hard());
        score.put("medium", plan.score().medium());
        score.put("soft", plan.score().soft());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("assignments", assignments);
        out.put("unassigned", plan.unassigned());
        out.put("score", score);
        out.put("solver", plan.solver());
        out.put("millis", plan.millis());
        out.put("why", plan.why().stream().map(u -> Map.of("round", u.round(), "reason", u.reason().name(), "detail", u.detail())).toList());
        out.put("spread", plan.spread().stream().map(l -> Map.of("candidate", l.candidate(), "days", l.days(),
                "reason", l.reason().name(), "detail", l.detail())).toList());
        return out;
    }
}
