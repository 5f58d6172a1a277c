package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.interviews.calibration.CalibratedScore;
import dev.boucle.interviews.calibration.Calibration;
import dev.boucle.interviews.calibration.CalibrationResult;
import dev.boucle.interviews.calibration.CalibrationSettings;
import dev.boucle.interviews.calibration.Leniency;
import dev.boucle.platform.ComputationRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the log of computed results what calibration gave an application's packet, and finds the
 * record again so the packet can point to it. The privacy module keeps one record per distinct
 * set of inputs, so reading the packet again adds nothing until a score or a leniency changes.
 */
@Component
class ComputedScores {

    private final ApplicationEventPublisher events;
    private final ObjectProvider<ComputationRecords> records;

    ComputedScores(ApplicationEventPublisher events, ObjectProvider<ComputationRecords> records) {
        this.events = events;
        this.records = records;
    }

    /** The record's id, or null when nothing of these scorecards was calibrated (or no log runs here: a module test). */
    @Nullable Long logged(long applicationId, CalibrationResult calibration, List<Scorecard> latest, LongFunction<String> roundTypeOf) {
        List<ScoresCalibrated.Line> lines = new ArrayList<>();
        for (Scorecard s : latest) {
            CalibratedScore c = calibration.byScorecard().get(String.valueOf(s.id()));
            if (c == null) continue;
            Leniency l = calibration.leniencyByInterviewer().get(String.valueOf(s.interviewerId()));
            lines.add(new ScoresCalibrated.Line(s.id(), s.roundId(), s.interviewerId(), roundTypeOf.apply(s.roundId()), c.raw(),
                    l == null ? 0 : l.estimate(), l == null ? 0 : l.scorecards(), c.calibrated(), c.explanation()));
        }
        if (lines.isEmpty()) return null;
        CalibrationSettings settings = CalibrationSettings.defaults();
        events.publishEvent(new ScoresCalibrated(new ApplicationId(applicationId), Calibration.VERSION, settings.priorStrength(),
                settings.maxIterations(), settings.tolerance(), lines));
        ComputationRecords log = records.getIfAvailable();
        return log == null ? null : log.latest(ComputationRecords.Kind.CALIBRATED_SCORE, List.of(applicationId)).get(applicationId);
    }
}
