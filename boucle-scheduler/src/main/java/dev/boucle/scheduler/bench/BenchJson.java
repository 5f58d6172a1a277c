package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.bench.Bench.Report;
import dev.boucle.scheduler.bench.Bench.Row;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The bench report as JSON (records as objects) or as a text table, one line per instance. */
final class BenchJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchJson() {
    }

    static String write(Report report) {
        return MAPPER.writeValueAsString(report);
    }

    static String text(Report report) {
        StringBuilder out = new StringBuilder(report.machine()).append('\n');
        out.append("instance seed | greedy: unplaced incomplete multiDay loadSD ms | construction: unplaced incomplete"
                + " | boucle: unplaced incomplete multiDay loadSD ms | never worse, spread -% | optimum\n");
        for (Row row : report.rows()) {
            out.append(line(row)).append('\n');
        }
        long worse = report.rows().stream().filter(r -> !r.neverWorse()).count();
        out.append(String.format(Locale.ROOT, "instances: %d, Boucle worse than greedy on %d%n", report.rows().size(), worse));
        return out.toString();
    }

    static String line(Row r) {
        String optimum = r.optimum() == null ? "" : String.format(Locale.ROOT, " | proven %s, optimal %s, gap %.2f%%",
                r.optimum().proven(), r.optimum().optimal(), r.optimum().gapPercent());
        return String.format(Locale.ROOT, "%s %d | greedy %d %d %d %.2f %d | construction %d %d %d %.2f | boucle %d %d %d %.2f %d | %s, %.0f%% (bound %.2f)%s",
                r.family(), r.seed(), r.greedy().unassigned(), r.greedy().incompleteLoops(), r.greedy().multiDayLoops(),
                r.greedy().loadStdDev(), r.greedy().millis(), r.construction().unassigned(), r.construction().incompleteLoops(),
                r.construction().multiDayLoops(), r.construction().loadStdDev(),
                r.boucle().unassigned(), r.boucle().incompleteLoops(), r.boucle().multiDayLoops(), r.boucle().loadStdDev(),
                r.boucle().millis(), r.neverWorse() ? "yes" : "NO", r.spreadReductionPercent(), r.spreadBound(), optimum);
    }
}
