package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import java.util.List;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * Calibrated scores were computed for an application's review packet: for each of its scorecards
 * the raw score, the leniency taken out and how many scorecards that leniency rests on, the
 * calibrated score and its arithmetic; and the model's version and settings. Published in the
 * packet's transaction, so the log of computed results holds what the reader was shown.
 */
@DomainEvent
public record ScoresCalibrated(ApplicationId application, String modelVersion, double priorStrength, int maxIterations,
        double tolerance, List<Line> lines) {

    public ScoresCalibrated {
        lines = List.copyOf(lines);
    }

    public record Line(long scorecardId, long roundId, long interviewerId, String roundType, double raw, double leniency,
            int leniencyScorecards, double calibrated, String explanation) {}
}
