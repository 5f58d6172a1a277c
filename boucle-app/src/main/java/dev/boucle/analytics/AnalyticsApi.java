package dev.boucle.analytics;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    AnalyticsApi(Filters filters, FunnelReport funnel, HealthReport health, SourcesReport sources, OffersReport offers) {
        this.offers = offers;
        this.filters = filters;
        this.funnel = funnel;
        this.health = health;
        this.sources = sources;
    }

    @GetMapping(value = "/funnel", produces = MediaType.APPLICATION_JSON_VALUE)
    FunnelReport.Funnel funnel(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return funnel.of(filter(jobId, track, office, level, source, from, to));
    }

    @GetMapping(value = "/funnel", produces = "text/csv")
    ResponseEntity<String> funnelCsv(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return Csv.response("funnel", funnel.of(filter(jobId, track, office, level, source, from, to)).table());
    }

    @GetMapping(value = "/time-to-hire", produces = MediaType.APPLICATION_JSON_VALUE)
    HealthReport.Health timeToHire(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return health.of(filter(jobId, track, office, level, source, from, to));
    }

    @GetMapping(value = "/time-to-hire", produces = "text/csv")
    ResponseEntity<String> timeToHireCsv(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return Csv.response("time-to-hire", health.of(filter(jobId, track, office, level, source, from, to)).table());
    }

    @GetMapping(value = "/sources", produces = MediaType.APPLICATION_JSON_VALUE)
    SourcesReport.Sources sources(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return sources.of(filter(jobId, track, office, level, source, from, to));
    }

    @GetMapping(value = "/sources", produces = "text/csv")
    ResponseEntity<String> sourcesCsv(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return Csv.response("sources", sources.of(filter(jobId, track, office, level, source, from, to)).table());
    }

    @GetMapping(value = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
    OffersReport.Offers offers(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return offers.of(filter(jobId, track, office, level, source, from, to));
    }

    @GetMapping(value = "/offers", produces = "text/csv")
    ResponseEntity<String> offersCsv(@RequestParam(required = false) @Nullable String jobId,
            @RequestParam(required = false) @Nullable String track, @RequestParam(required = false) @Nullable String office,
            @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String source,
            @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
        return Csv.response("offers", offers.of(filter(jobId, track, office, level, source, from, to)).table());
    }

    private Filter filter(@Nullable String jobId, @Nullable String track, @Nullable String office, @Nullable String level,
            @Nullable String source, @Nullable String from, @Nullable String to) {
        return filters.of(new Filters.Params(jobId, track, office, level, source, from, to), CurrentUser.get());
    }
}
