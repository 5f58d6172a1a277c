package dev.boucle.analytics;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** The reports worded for the page in one language: chart, table rows and the note on withheld groups. */
final class PageSections {

    private final MessageSource messages;
    private final Locale locale;
    private final NumberFormat counts;
    private final NumberFormat days;
    private final NumberFormat percent;
    private final String query;
    /** Bars drawn at most; the table under the chart has every row. */
    private static final int CHART_ROWS = 15;

    PageSections(MessageSource messages, Locale locale, String query) {
        this.messages = messages;
        this.locale = locale;
        this.query = query;
        this.counts = NumberFormat.getIntegerInstance(locale);
        this.days = NumberFormat.getNumberInstance(locale);
        days.setMaximumFractionDigits(1);
        days.setMinimumFractionDigits(1);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMaximumFractionDigits(1);
    }

    AnalyticsPage.Section funnel(FunnelReport.Funnel funnel) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (FunnelReport.Stage s : funnel.stages()) {
            String stage = t(s.stage().messageKey());
            bars.add(new BarChart.Bar(stage, s.entered(), s.passed()));
            rows.add(List.of(stage, count(s.entered()), count(s.passed()), share(s.rate()), day(s.medianDays()), day(s.p90Days())));
        }
        String title = t("analytics.funnel.title");
        String chart = BarChart.svg("funnel", title, bars, List.of(t("analytics.entered"), t("analytics.passed")),
                t("analytics.withheld"), counts);
        return new AnalyticsPage.Section("funnel", title, chart, List.of(t("analytics.stage"), t("analytics.entered"),
                t("analytics.passed"), t("analytics.rate"), t("analytics.median-days"), t("analytics.p90-days")), rows,
                "/analytics/funnel.csv" + query, note(funnel.suppressed(), funnel.stages().stream().anyMatch(FunnelReport.Stage::suppressed)));
    }

    AnalyticsPage.Section health(HealthReport.Health h) {
        String title = t("analytics.health.title");
        List<List<String>> rows = List.of(
                List.of(t("analytics.hired"), count(h.hired())),
                List.of(t("analytics.time-to-hire.median"), day(h.medianDays())),
                List.of(t("analytics.time-to-hire.p90"), day(h.p90Days())),
                List.of(t("analytics.open"), count(h.open())),
                List.of(t("analytics.at-risk", h.atRiskWeeks()), count(h.atRisk()) + " (" + share(h.atRiskShare()) + ")"),
                List.of(t("analytics.overdue", h.overdueWeeks()), count(h.overdue()) + " (" + share(h.overdueShare()) + ")"));
        Long onTrack = h.open() == null || h.atRisk() == null || h.overdue() == null ? null : h.open() - h.atRisk() - h.overdue();
        String chart = BarChart.svg("health", title, List.of(new BarChart.Bar(t("analytics.on-track"), onTrack, null),
                new BarChart.Bar(t("analytics.at-risk", h.atRiskWeeks()), h.atRisk(), null),
                new BarChart.Bar(t("analytics.overdue", h.overdueWeeks()), h.overdue(), null)),
                List.of(t("analytics.open")), t("analytics.withheld"), counts);
        return new AnalyticsPage.Section("health", title, chart, List.of(t("analytics.measure"), t("analytics.value")), rows,
                "/analytics/time-to-hire.csv" + query, note(false, h.suppressed()));
    }

    AnalyticsPage.Section sources(SourcesReport.Sources sources) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (SourcesReport.Source s : sources.sources()) {
            String name = s.other() ? t("analytics.other") : String.valueOf(s.source());
            bars.add(new BarChart.Bar(name, s.applications(), s.hired()));
            rows.add(List.of(name, count(s.applications()), count(s.hired()), share(s.hireRate())));
        }
        String title = t("analytics.sources.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("sources", title, bars,
                List.of(t("analytics.applications"), t("analytics.hired")), t("analytics.withheld"), counts);
        String note = sources.suppressed() ? t("analytics.note.sources-hidden", SmallGroups.MINIMUM)
                : sources.merged() ? t("analytics.note.sources-merged", SmallGroups.MINIMUM) : null;
        return new AnalyticsPage.Section("sources", title, chart, List.of(t("analytics.source"), t("analytics.applications"),
                t("analytics.hired"), t("analytics.hire-rate")), rows, "/analytics/sources.csv" + query, note);
    }

    AnalyticsPage.Section offers(OffersReport.Offers o) {
        String title = t("analytics.offers.title");
        List<List<String>> rows = List.of(
                List.of(t("analytics.offers.extended"), count(o.extended())),
                List.of(t("analytics.offers.accepted"), count(o.accepted())),
                List.of(t("analytics.offers.declined"), count(o.declined())),
                List.of(t("analytics.offers.expired"), count(o.expired())),
                List.of(t("analytics.offers.pending"), count(o.pending())),
                List.of(t("analytics.offers.rate"), share(o.acceptanceRate())),
                List.of(t("analytics.offers.median-days"), day(o.medianDaysToAnswer())));
        String chart = BarChart.svg("offers", title, List.of(new BarChart.Bar(t("analytics.offers.accepted"), o.accepted(), null),
                new BarChart.Bar(t("analytics.offers.declined"), o.declined(), null),
                new BarChart.Bar(t("analytics.offers.expired"), o.expired(), null),
                new BarChart.Bar(t("analytics.offers.pending"), o.pending(), null)),
                List.of(t("analytics.offers.extended")), t("analytics.withheld"), counts);
        return new AnalyticsPage.Section("offers", title, chart, List.of(t("analytics.measure"), t("analytics.value")), rows,
                "/analytics/offers.csv" + query, note(o.extended() == null, o.suppressed()));
    }

    AnalyticsPage.Section declineReasons(DeclineReasonsReport.DeclineReasons d) {
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        boolean mergedWithheld = false, notRecordedWithheld = false;
        for (DeclineReasonsReport.Reason r : d.reasons()) {
            // The reasons' labels are offers' own words for its set.
            String name = r.merged() ? t("analytics.decline-reasons.merged")
                    : r.reason() == null ? t("analytics.decline-reasons.not-recorded") : t(r.reason().messageKey());
            bars.add(new BarChart.Bar(name, r.declined(), null));
            rows.add(List.of(name, count(r.declined())));
            mergedWithheld |= r.merged() && r.declined() == null;
            notRecordedWithheld |= !r.merged() && r.reason() == null && r.declined() == null;
        }
        String title = t("analytics.decline-reasons.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("decline-reasons", title, bars,
                List.of(t("analytics.decline-reasons.declined")), t("analytics.withheld"), counts);
        List<String> notes = new ArrayList<>();
        if (mergedWithheld) notes.add(t("analytics.decline-reasons.note-hidden", SmallGroups.MINIMUM));
        else if (d.merged()) notes.add(t("analytics.decline-reasons.note-merged", SmallGroups.MINIMUM));
        if (notRecordedWithheld) notes.add(t("analytics.note.some-withheld", SmallGroups.MINIMUM));
        return new AnalyticsPage.Section("decline-reasons", title, chart, List.of(t("analytics.decline-reasons.reason"),
                t("analytics.decline-reasons.declined")), rows, "/analytics/decline-reasons.csv" + query,
                notes.isEmpty() ? null : String.join(" ", notes));
    }

    AnalyticsPage.Section load(InterviewerLoadReport.Load load) {
        java.time.format.DateTimeFormatter week = java.time.format.DateTimeFormatter.ofPattern("d MMM", locale);
        List<String> header = new ArrayList<>(List.of(t("analytics.interviewer"), t("analytics.load.cap")));
        for (java.time.LocalDate w : load.weeks()) header.add(t("analytics.load.week", week.format(w)));
        header.add(t("analytics.load.weeks-over"));
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (InterviewerLoadReport.Interviewer i : load.interviewers()) {
            List<String> row = new ArrayList<>(List.of(i.name(), i.cap() == null ? t("analytics.load.no-cap") : counts.format(i.cap())));
            for (long n : i.interviews()) row.add(i.cap() != null && n > i.cap() ? t("analytics.load.over", counts.format(n)) : counts.format(n));
            row.add(counts.format(i.weeksOverCap()));
            rows.add(row);
            if (bars.size() < CHART_ROWS) bars.add(new BarChart.Bar(i.name(), i.peak(), i.cap()));
        }
        String title = t("analytics.load.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("load", title, bars, List.of(t("analytics.load.peak"), t("analytics.load.cap")),
                t("analytics.withheld"), counts);
        return new AnalyticsPage.Section("load", title, chart, header, rows, "/analytics/interviewer-load.csv" + query,
                rows.isEmpty() ? t("analytics.note.none") : null);
    }

    AnalyticsPage.Section latency(ScorecardLatencyReport.Latency l) {
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (ScorecardLatencyReport.Row r : l.interviewers()) {
            rows.add(latencyRow(String.valueOf(r.name()), r));
            if (bars.size() < CHART_ROWS) bars.add(new BarChart.Bar(String.valueOf(r.name()), r.medianHours(), r.p90Hours()));
        }
        if (l.others() != null) {
            rows.add(latencyRow(t("analytics.others"), l.others()));
            bars.add(new BarChart.Bar(t("analytics.others"), l.others().medianHours(), l.others().p90Hours()));
        }
        rows.add(latencyRow(t("analytics.everyone"), l.overall()));
        String title = t("analytics.latency.title", days.format(l.dueHours()));
        String chart = bars.isEmpty() ? null : BarChart.svg("latency", title, bars,
                List.of(t("analytics.latency.median"), t("analytics.latency.p90")), t("analytics.withheld"), days);
        String note = l.overall().scorecards() == null ? t("analytics.note.all-withheld", SmallGroups.MINIMUM)
                : l.others() != null ? t("analytics.note.interviewers-merged", SmallGroups.MINIMUM) : null;
        return new AnalyticsPage.Section("latency", title, chart, List.of(t("analytics.interviewer"), t("analytics.latency.scorecards"),
                t("analytics.latency.median"), t("analytics.latency.p90"), t("analytics.latency.within", days.format(l.dueHours()))),
                rows, "/analytics/scorecard-latency.csv" + query, note);
    }

    private List<String> latencyRow(String name, ScorecardLatencyReport.Row r) {
        return List.of(name, count(r.scorecards()), day(r.medianHours()), day(r.p90Hours()), share(r.withinDue()));
    }

    AnalyticsPage.Section questions(QuestionExposureReport.Exposure e) {
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (QuestionExposureReport.Question q : e.questions()) {
            rows.add(List.of(q.questionId(), counts.format(q.rounds()), counts.format(q.candidates()), month.format(q.lastAsked()),
                    q.overExposed() ? t("analytics.questions.over") : ""));
            if (bars.size() < CHART_ROWS) bars.add(new BarChart.Bar(q.questionId(), q.rounds(), null));
        }
        if (e.lessAsked() > 0) rows.add(List.of(t("analytics.questions.less", e.lessAsked(), e.minimumGroup()), "", "", "", ""));
        String title = t("analytics.questions.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("questions", title, bars, List.of(t("analytics.questions.rounds")),
                t("analytics.withheld"), counts);
        return new AnalyticsPage.Section("questions", title, chart, List.of(t("analytics.questions.question"),
                t("analytics.questions.rounds"), t("analytics.questions.candidates"), t("analytics.questions.last"),
                t("analytics.questions.threshold", e.threshold())), rows, "/analytics/questions.csv" + query,
                rows.isEmpty() ? t("analytics.note.none") : null);
    }

    AnalyticsPage.Section calibration(CalibrationTrendReport.Trend trend) {
        java.time.format.DateTimeFormatter month = java.time.format.DateTimeFormatter.ofPattern("MMM yyyy", locale);
        NumberFormat points = NumberFormat.getNumberInstance(locale);
        points.setMinimumFractionDigits(2);
        points.setMaximumFractionDigits(2);
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (CalibrationTrendReport.Month m : trend.months()) {
            String label = month.format(m.month());
            rows.add(List.of(label, count(m.scorecards()), count(m.candidates()), point(points, m.meanLeniency()),
                    point(points, m.meanAbsLeniency()), point(points, m.rawSpread()), point(points, m.calibratedSpread())));
            bars.add(new BarChart.Bar(label, m.suppressed() ? null : m.rawSpread(), m.calibratedSpread()));
        }
        String title = t("analytics.calibration.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("calibration", title, bars,
                List.of(t("analytics.calibration.raw-spread"), t("analytics.calibration.calibrated-spread")), t("analytics.withheld"), points);
        return new AnalyticsPage.Section("calibration", title, chart, List.of(t("analytics.month"), t("analytics.latency.scorecards"),
                t("analytics.questions.candidates"), t("analytics.calibration.leniency"), t("analytics.calibration.abs-leniency"),
                t("analytics.calibration.raw-spread"), t("analytics.calibration.calibrated-spread")), rows,
                "/analytics/calibration.csv" + query, rows.isEmpty() ? t("analytics.note.none") : note(false, trend.suppressed()));
    }

    AnalyticsPage.Section verdicts(VerdictMixReport.Mix mix) {
        List<String> header = new ArrayList<>(List.of(t("analytics.verdicts.problem"), t("analytics.questions.candidates"),
                t("analytics.verdicts.submissions")));
        for (dev.boucle.judge.verdict.Verdict v : dev.boucle.judge.verdict.Verdict.values()) header.add(v.name());
        header.add(t("analytics.verdicts.accepted"));
        List<List<String>> rows = new ArrayList<>();
        List<BarChart.Bar> bars = new ArrayList<>();
        for (VerdictMixReport.Problem p : mix.problems()) {
            String name = p.problemId() == null ? t("analytics.verdicts.others") : p.problemId();
            List<String> row = new ArrayList<>(List.of(name, count(p.candidates()), count(p.submissions())));
            for (dev.boucle.judge.verdict.Verdict v : dev.boucle.judge.verdict.Verdict.values()) row.add(count(p.verdicts().get(v)));
            row.add(share(p.acceptedShare()));
            rows.add(row);
            if (bars.size() < CHART_ROWS) bars.add(new BarChart.Bar(name, p.submissions(), p.verdicts().get(dev.boucle.judge.verdict.Verdict.AC)));
        }
        String title = t("analytics.verdicts.title");
        String chart = bars.isEmpty() ? null : BarChart.svg("verdicts", title, bars,
                List.of(t("analytics.verdicts.submissions"), t("analytics.verdicts.accepted-count")), t("analytics.withheld"), counts);
        String note = rows.isEmpty() ? t("analytics.note.none") : mix.merged() ? t("analytics.note.problems-merged", SmallGroups.MINIMUM)
                : note(false, mix.suppressed());
        return new AnalyticsPage.Section("verdicts", title, chart, header, rows, "/analytics/verdicts.csv" + query, note);
    }

    private String point(NumberFormat points, @Nullable Double value) {
        return value == null ? "—" : points.format(value);
    }

    private @Nullable String note(boolean whole, boolean some) {
        if (whole) return t("analytics.note.all-withheld", SmallGroups.MINIMUM);
        return some ? t("analytics.note.some-withheld", SmallGroups.MINIMUM) : null;
    }

    private String count(@Nullable Long value) {
        return value == null ? t("analytics.withheld") : counts.format(value);
    }

    private String day(@Nullable Double value) {
        return value == null ? "—" : days.format(value);
    }

    private String share(@Nullable Double value) {
        return value == null ? "—" : percent.format(value);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
