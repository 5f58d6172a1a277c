package dev.boucle.scheduler.cli;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Plan;

/** The plan for a person at a terminal: one line per placed round, then what is left and the score. */
final class PlanText {

    private PlanText() {
    }

    static String write(Plan plan) {
        StringBuilder out = new StringBuilder();
        for (Assignment a : plan.assignments()) {
            out.append(a.round()).append("  ").append(a.start()).append(" - ").append(a.end()).append("  ").append(a.interviewer());
            if (a.shadow() != null) {
                out.append(" (shadow ").append(a.shadow()).append(')');
            }
            out.append('\n');
        }
        out.append("unassigned: ").append(plan.unassigned().isEmpty() ? "none" : String.join(", ", plan.unassigned())).append('\n');
        out.append("score: ").append(plan.score().hard()).append("hard/").append(plan.score().medium()).append("medium/")
                .append(plan.score().soft()).append("soft (").append(plan.solver()).append(", ").append(plan.millis()).append(" ms)");
        return out.toString();
    }
}
