package dev.boucle.analytics;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the analytics page shows, already worded and formatted in the reader's language: the
 * filter form with its choices and errors, and one section per report (a chart, the table of the
 * same figures, its CSV link and the note on withheld groups). Public because the template reads it.
 */
public record AnalyticsPage(Form form, List<Option> jobs, List<Option> tracks, List<Option> offices, List<Option> levels,
        Map<String, String> errors, List<Section> sections) {

    public record Form(String jobId, String source, String from, String to) {}

    public record Option(String value, String label, boolean selected) {}

    public record Section(String id, String title, @Nullable String chart, List<String> header, List<List<String>> rows,
            String csvHref, @Nullable String note) {}
}
