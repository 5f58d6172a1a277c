package dev.boucle.analytics;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reports as JSON, or as CSV with {@code Accept: text/csv}. Every route takes the same
 * filter (jobId, track, office, level, source, from, to) and answers for the caller's scope.
 */
@ApiController("/api/v1/analytics")
@Team.Hiring
class AnalyticsApi {

    private final Filters filters;
    private final FunnelReport funnel;
    private final HealthReport health;
    private final SourcesReport sources;
    private final OffersReport offers;
    private final DeclineReasonsReport declines;
    private final PanelReports panel;

    AnalyticsApi(Filters filters, FunnelReport funnel, HealthReport health, SourcesReport sources, OffersReport offers,
            DeclineReasonsReport declines, PanelReports panel) {
        this.offers = offers;
        this.declines = declines;
        this.panel = panel;
        this.filters = filters;
        this.funnel = funnel;
        this.health = health;
        this.sources = sources;
    }

    @GetMapping(value = "/funnel", produces = MediaType.APPLICATION_JSON_VALUE)
    FunnelReport.Funnel funnel(@ParameterObject Filters.Params query) {
        return funnel.of(filter(query));
    }

    @GetMapping(value = "/funnel", produces = "text/csv")
    ResponseEntity<String> funnelCsv(@ParameterObject Filters.Params query) {
        return Csv.response("funnel", funnel.of(filter(query)).table());
    }

    @GetMapping(value = "/time-to-hire", produces = MediaType.APPLICATION_JSON_VALUE)
    HealthReport.Health timeToHire(@ParameterObject Filters.Params query) {
        return health.of(filter(query));
    }

    @GetMapping(value = "/time-to-hire", produces = "text/csv")
    ResponseEntity<String> timeToHireCsv(@ParameterObject Filters.Params query) {
        return Csv.response("time-to-hire", health.of(filter(query)).table());
    }

    @GetMapping(value = "/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    SourcesReport.Sources sources(@ParameterObject Filters.Params query) {
        return sources.of(filter(query));
    }

    @GetMapping(value = "/sources", produces = "text/csv")
    ResponseEntity<String> sourcesCsv(@ParameterObject Filters.Params query) {
        return Csv.response("sources", sources.of(filter(query)).table());
    }

    @GetMapping(value = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
    OffersReport.Offers offers(@ParameterObject Filters.Params query) {
        return offers.of(filter(query));
    }

    @GetMapping(value = "/offers", produces = "text/csv")
    ResponseEntity<String> offersCsv(@ParameterObject Filters.Params query) {
        return Csv.response("offers", offers.of(filter(query)).table());
    }

    @GetMapping(value = "/decline-reasons", produces = MediaType.APPLICATION_JSON_VALUE)
    DeclineReasonsReport.DeclineReasons declineReasons(@ParameterObject Filters.Params query) {
        return declines.of(filter(query));
    }

    @GetMapping(value = "/decline-reasons", produces = "text/csv")
    ResponseEntity<String> declineReasonsCsv(@ParameterObject Filters.Params query) {
        return Csv.response("decline-reasons", declines.of(filter(query)).table());
    }

    /** The recruiting team's only: it is about the staff's weeks, not about the candidates of a job. */
    @Team.Recruiting
    @GetMapping(value = "/interviewer-load", produces = MediaType.APPLICATION_JSON_VALUE)
    InterviewerLoadReport.Load interviewerLoad(@ParameterObject Filters.Params query) {
        return panel.load().of(filter(query));
    }

    @Team.Recruiting
    @GetMapping(value = "/interviewer-load", produces = "text/csv")
    ResponseEntity<String> interviewerLoadCsv(@ParameterObject Filters.Params query) {
        return Csv.response("interviewer-load", panel.load().of(filter(query)).table());
    }

    @GetMapping(value = "/scorecard-latency", produces = MediaType.APPLICATION_JSON_VALUE)
    ScorecardLatencyReport.Latency scorecardLatency(@ParameterObject Filters.Params query) {
        return panel.latency().of(filter(query));
    }

    @GetMapping(value = "/scorecard-latency", produces = "text/csv")
    ResponseEntity<String> scorecardLatencyCsv(@ParameterObject Filters.Params query) {
        return Csv.response("scorecard-latency", panel.latency().of(filter(query)).table());
    }

    @GetMapping(value = "/questions", produces = MediaType.APPLICATION_JSON_VALUE)
    QuestionExposureReport.Exposure questions(@ParameterObject Filters.Params query) {
        return panel.questions().of(filter(query));
    }

    @GetMapping(value = "/questions", produces = "text/csv")
    ResponseEntity<String> questionsCsv(@ParameterObject Filters.Params query) {
        return Csv.response("questions", panel.questions().of(filter(query)).table());
    }

    @GetMapping(value = "/calibration", produces = MediaType.APPLICATION_JSON_VALUE)
    CalibrationTrendReport.Trend calibration(@ParameterObject Filters.Params query) {
        return panel.calibration().of(filter(query));
    }

    @GetMapping(value = "/calibration", produces = "text/csv")
    ResponseEntity<String> calibrationCsv(@ParameterObject Filters.Params query) {
        return Csv.response("calibration", panel.calibration().of(filter(query)).table());
    }

    @GetMapping(value = "/verdicts", produces = MediaType.APPLICATION_JSON_VALUE)
    VerdictMixReport.Mix verdicts(@ParameterObject Filters.Params query) {
        return panel.verdicts().of(filter(query));
    }

    @GetMapping(value = "/verdicts", produces = "text/csv")
    ResponseEntity<String> verdictsCsv(@ParameterObject Filters.Params query) {
        return Csv.response("verdicts", panel.verdicts().of(filter(query)).table());
    }

    /** The query's filter, checked, for the caller's scope (a hiring manager's own jobs). */
    private Filter filter(Filters.Params query) {
        return filters.of(query, CurrentUser.get());
    }
}
