package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.bench.Bench.Report;
import dev.boucle.scheduler.bench.Bench.SizeReport;
import dev.boucle.scheduler.bench.Bench.Summary;
import java.util.Locale;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The bench report as JSON (records as objects) or as a small text table. */
final class BenchJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BenchJson() {
    }

    static String write(Report report) {
        return MAPPER.writeValueAsString(report);
    }

    static String text(Report report) {
        StringBuilder out = new StringBuilder(report.machine()).append('\n');
        out.append("size    solver    feasible unassigned maxLoad meanLoad loadSD multiDay spanMin firstFeasibleMs ms soft\n");
        for (SizeReport s : report.sizes()) {
            row(out, s.size().name(), "greedy", s.greedy());
            row(out, s.size().name(), "timefold", s.timefold());
            if (s.optimum() != null) {
                out.append(String.format(Locale.ROOT, "%s optimum: proven %d/%d, Timefold optimal %d, gap mean %.2f%% worst %.2f%%%n",
                        s.size().name(), s.optimum().proven(), s.optimum().instances(), s.optimum().timefoldOptimal(),
                        s.optimum().meanGapPercent(), s.optimum().worstGapPercent()));
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String size, String solver, Summary m) {
        out.append(String.format(Locale.ROOT, "%-7s %-9s %8.2f %10.1f %7d %8.2f %6.2f %8.1f %7.0f %15.0f %6.0f %.0f%n",
                size, solver, m.feasibleRate(), m.unassignedRounds(), m.maxLoad(), m.meanLoad(), m.loadStdDev(),
                m.multiDayLoops(), m.meanLoopSpanMinutes(), m.firstFeasibleMillis(), m.millis(), m.soft()));
    }
}
