package dev.boucle.platform;

import java.util.Collection;
import java.util.Map;

/**
 * Where the record of a computed result is kept (EU AI Act Art. 12), for the modules that show
 * the result, so they label it as computed and point to its record. The privacy module keeps
 * the records, from the events the engines' modules publish; this contract lives here because
 * those modules must not depend on privacy, which listens to them.
 */
public interface ComputationRecords {

    /** What was computed, by which engine. */
    enum Kind { JUDGE_VERDICT, CALIBRATED_SCORE, SCHEDULE_SUGGESTION }

    /**
     * The latest record's id per subject (a submission, an application, a schedule), for those
     * subjects that have one.
     */
    Map<Long, Long> latest(Kind kind, Collection<Long> subjects);
}
