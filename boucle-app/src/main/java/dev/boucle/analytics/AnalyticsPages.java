package dev.boucle.analytics;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The analytics page: a filter form (a GET, so a cut is a link to share) and the reports under
 * it, each as a chart, a table and a CSV download of the same figures. A bad filter shows its
 * field errors in the form and no report.
 */
@Controller
@Team.Hiring
class AnalyticsPages {

    private final Filters filters;
    private final FunnelReport funnel;
    private final HealthReport health;
    private final SourcesReport sources;
    private final OffersReport offers;
    private final DeclineReasonsReport declines;
    private final PanelReports panel;
    private final ProcessCatalog catalog;
    private final MessageSource messages;

    AnalyticsPages(Filters filters, FunnelReport funnel, HealthReport health, SourcesReport sources, OffersReport offers,
            DeclineReasonsReport declines, PanelReports panel, ProcessCatalog catalog, MessageSource messages) {
        this.offers = offers;
        this.declines = declines;
        this.panel = panel;
        this.filters = filters;
        this.funnel = funnel;
        this.health = health;
        this.sources = sources;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/analytics")
    String show(Filters.Params params, Model model) {
        CurrentUser user = CurrentUser.get();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        List<AnalyticsPage.Section> sections = List.of();
        try {
            Filter filter = filters.of(params, user);
            PageSections words = new PageSections(messages, locale, filter.query());
            List<AnalyticsPage.Section> shown = new java.util.ArrayList<>(List.of(words.funnel(funnel.of(filter)),
                    words.health(health.of(filter)), words.sources(sources.of(filter)), words.offers(offers.of(filter)), words.declineReasons(declines.of(filter))));
            if (user.in(Team.RECRUITING)) shown.add(words.load(panel.load().of(filter)));
            shown.add(words.latency(panel.latency().of(filter)));
            shown.add(words.questions(panel.questions().of(filter)));
            shown.add(words.calibration(panel.calibration().of(filter)));
            shown.add(words.verdicts(panel.verdicts().of(filter)));
            sections = shown;
        } catch (BadInput e) {
            e.fieldErrors().forEach((field, key) -> errors.put(field, messages.getMessage(key, null, key, locale)));
        }
        HiringProcess process = catalog.current();
        List<AnalyticsPage.Option> jobs = filters.visibleJobs(user).stream()
                .map(j -> new AnalyticsPage.Option(String.valueOf(j.job().value()), j.title(),
                        String.valueOf(j.job().value()).equals(params.jobId()))).toList();
        model.addAttribute("page", new AnalyticsPage(
                new AnalyticsPage.Form(text(params.jobId()), text(params.source()), text(params.from()), text(params.to())), jobs,
                process.tracks().stream().map(t -> new AnalyticsPage.Option(t.key(), t.name().in(locale), t.key().equals(params.track()))).toList(),
                process.offices().stream().map(o -> new AnalyticsPage.Option(o.key(), o.name().in(locale), o.key().equals(params.office()))).toList(),
                process.levels().stream().map(l -> new AnalyticsPage.Option(l.key(), l.name().in(locale), l.key().equals(params.level()))).toList(),
                errors, sections));
        return "analytics";
    }

    @GetMapping("/analytics/funnel.csv")
    ResponseEntity<String> funnelCsv(Filters.Params params) {
        return Csv.response("funnel", funnel.of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/time-to-hire.csv")
    ResponseEntity<String> timeToHireCsv(Filters.Params params) {
        return Csv.response("time-to-hire", health.of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/sources.csv")
    ResponseEntity<String> sourcesCsv(Filters.Params params) {
        return Csv.response("sources", sources.of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/offers.csv")
    ResponseEntity<String> offersCsv(Filters.Params params) {
        return Csv.response("offers", offers.of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/decline-reasons.csv")
    ResponseEntity<String> declineReasonsCsv(Filters.Params params) {
        return Csv.response("decline-reasons", declines.of(filters.of(params, CurrentUser.get())).table());
    }

    @Team.Recruiting
    @GetMapping("/analytics/interviewer-load.csv")
    ResponseEntity<String> interviewerLoadCsv(Filters.Params params) {
        return Csv.response("interviewer-load", panel.load().of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/scorecard-latency.csv")
    ResponseEntity<String> scorecardLatencyCsv(Filters.Params params) {
        return Csv.response("scorecard-latency", panel.latency().of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/questions.csv")
    ResponseEntity<String> questionsCsv(Filters.Params params) {
        return Csv.response("questions", panel.questions().of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/calibration.csv")
    ResponseEntity<String> calibrationCsv(Filters.Params params) {
        return Csv.response("calibration", panel.calibration().of(filters.of(params, CurrentUser.get())).table());
    }

    @GetMapping("/analytics/verdicts.csv")
    ResponseEntity<String> verdictsCsv(Filters.Params params) {
        return Csv.response("verdicts", panel.verdicts().of(filters.of(params, CurrentUser.get())).table());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
