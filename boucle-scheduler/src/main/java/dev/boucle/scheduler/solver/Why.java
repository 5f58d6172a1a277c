package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Justifications: what each penalty is about, in words a scheduler can act on. */
public sealed interface Why extends ConstraintJustification {

    /** A rule about one round, e.g. its lead does not speak the loop's language. */
    record RoundRule(String round, String detail) implements Why {
    }

    /** Two rounds that collide for one person (the lead, the candidate or a shadow). */
    record Clash(String round, String otherRound, String person, long minutes) implements Why {
    }

    /** An interviewer's interviews in one ISO week of their zone (those booked before included), beyond their cap. */
    record WeeklyLoad(String interviewer, int rounds, int cap) implements Why {
    }

    /** The shape of a candidate's loop: days used, idle minutes on a day. */
    record LoopShape(String candidate, String detail) implements Why {
    }

    /** How many rounds one interviewer leads in the plan. */
    record Load(String interviewer, int rounds) implements Why {
    }
}
