package dev.boucle.analytics;

import org.springframework.stereotype.Component;

/**
 * The reports on the panel's side of the loop (interviewer load, scorecard latency, question
 * exposure, calibration, judge verdicts), held together so the API and the page take one
 * dependency for the five instead of five.
 */
@Component
record PanelReports(InterviewerLoadReport load, ScorecardLatencyReport latency, QuestionExposureReport questions,
        CalibrationTrendReport calibration, VerdictMixReport verdicts) {}
