package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.Scheduler;
import dev.boucle.scheduler.bench.Generator.Size;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.model.Schedules;
import dev.boucle.scheduler.solver.ScheduleSolver;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code boucle-scheduler bench}: greedy and Timefold on the same generated instances (fixed seeds),
 * three sizes; on the small size also the proven optimum by {@link ExactSearch}.
 */
public final class Bench {

    /** One size: its shape, how many seeds, the solver's time limit. */
    record Setup(Size size, int seeds, Duration limit) {
    }

    static final List<Setup> SETUPS = List.of(
            new Setup(new Size("small", 4, 3, 8, 1, LocalTime.of(9, 0), LocalTime.of(14, 0), false), 5, Duration.ofSeconds(5)),
            new Setup(new Size("medium", 50, 4, 100, 2, LocalTime.of(9, 0), LocalTime.of(17, 0), true), 3, Duration.ofSeconds(20)),
            new Setup(new Size("large", 200, 5, 300, 2, LocalTime.of(9, 0), LocalTime.of(17, 0), true), 2, Duration.ofSeconds(30)));
    private static final Duration EXACT_LIMIT = Duration.ofMinutes(2);

    /** Means over a size's instances of one solver's figures. */
    public record Summary(double feasibleRate, double unassignedRounds, int maxLoad, double meanLoad, double loadStdDev,
            double multiDayLoops, double meanLoopSpanMinutes, double firstFeasibleMillis, double millis, double soft) {
    }

    /** The small size against the proven optimum: instances proven, mean and worst gap of Timefold's soft score. */
    public record Optimum(int proven, int instances, int timefoldOptimal, double meanGapPercent, double worstGapPercent) {
    }

    public record SizeReport(Size size, int instances, Duration limit, Summary greedy, Summary timefold, Optimum optimum) {
    }

    public record Report(String machine, List<SizeReport> sizes) {

        public String json() {
            return BenchJson.write(this);
        }

        public String text() {
            return BenchJson.text(this);
        }
    }

    private Bench() {
    }

    public static Report run(Consumer<String> progress) {
        List<SizeReport> sizes = new ArrayList<>();
        for (Setup setup : SETUPS) {
            List<PlanFigures> greedy = new ArrayList<>();
            List<PlanFigures> timefold = new ArrayList<>();
            List<Long> greedyFirst = new ArrayList<>();
            List<Long> timefoldFirst = new ArrayList<>();
            List<Long> greedyMillis = new ArrayList<>();
            List<Long> timefoldMillis = new ArrayList<>();
            List<double[]> gaps = new ArrayList<>();
            for (int seed = 1; seed <= setup.seeds(); seed++) {
                Instance instance = Generator.generate(setup.size(), seed);
                Plan g = Scheduler.greedy(instance);
                greedy.add(PlanFigures.of(instance, g));
                greedyFirst.add(g.score().feasible() ? g.millis() : -1);
                greedyMillis.add(g.millis());
                AtomicLong first = new AtomicLong(-1);
                long began = System.nanoTime();
                Plan t = Scheduler.solve(instance, setup.limit(), p -> {
                    if (p.score().feasible()) {
                        first.compareAndSet(-1, (System.nanoTime() - began) / 1_000_000);
                    }
                });
                timefold.add(PlanFigures.of(instance, t));
                timefoldFirst.add(first.get() >= 0 ? first.get() : t.score().feasible() ? t.millis() : -1);
                timefoldMillis.add(t.millis());
                if (setup.size().name().equals("small")) {
                    gaps.add(gap(instance, t));
                }
                progress.accept("bench: " + setup.size().name() + " seed " + seed + " greedy " + g.score() + " timefold " + t.score());
            }
            Optimum optimum = gaps.isEmpty() ? null : optimum(gaps);
            sizes.add(new SizeReport(setup.size(), setup.seeds(), setup.limit(), summary(greedy, greedyFirst, greedyMillis),
                    summary(timefold, timefoldFirst, timefoldMillis), optimum));
        }
        return new Report(Machine.describe(), sizes);
    }

    /** {proven 0/1, Timefold optimal 0/1, gap in % of the optimum's soft penalty}. */
    private static double[] gap(Instance instance, Plan timefold) {
        Schedule schedule = Schedules.from(instance);
        Map<String, Interviewer> people = schedule.getInterviewers().stream().collect(Collectors.toMap(Interviewer::id, Function.identity()));
        Map<String, Assignment> placed = timefold.assignments().stream().collect(Collectors.toMap(Assignment::round, Function.identity()));
        for (Round r : schedule.getRounds()) {
            Assignment a = placed.get(r.id());
            if (a != null) {
                r.setLead(people.get(a.interviewer()));
                r.setStart(Minutes.of(a.start()));
            }
        }
        var incumbent = ScheduleSolver.score(schedule);
        var result = ExactSearch.optimise(schedule, -incumbent.mediumScore(), -incumbent.softScore(),
                System.nanoTime() + EXACT_LIMIT.toNanos());
        var best = ScheduleSolver.score(schedule);
        boolean optimal = best.equals(incumbent);
        double gap = best.mediumScore() != incumbent.mediumScore() ? Double.POSITIVE_INFINITY
                : 100.0 * (best.softScore() - incumbent.softScore()) / Math.max(1, -best.softScore());
        return new double[] {result.proven() ? 1 : 0, optimal ? 1 : 0, gap};
    }

    private static Optimum optimum(List<double[]> gaps) {
        return new Optimum((int) gaps.stream().filter(g -> g[0] == 1).count(), gaps.size(),
                (int) gaps.stream().filter(g -> g[1] == 1).count(),
                gaps.stream().mapToDouble(g -> g[2]).average().orElse(0), gaps.stream().mapToDouble(g -> g[2]).max().orElse(0));
    }

    private static Summary summary(List<PlanFigures> figures, List<Long> first, List<Long> millis) {
        return new Summary(
                figures.stream().filter(PlanFigures::feasible).count() / (double) figures.size(),
                figures.stream().mapToInt(PlanFigures::unassigned).average().orElse(0),
                figures.stream().mapToInt(PlanFigures::maxLoad).max().orElse(0),
                figures.stream().mapToDouble(PlanFigures::meanLoad).average().orElse(0),
                figures.stream().mapToDouble(PlanFigures::loadStdDev).average().orElse(0),
                figures.stream().mapToInt(PlanFigures::multiDayLoops).average().orElse(0),
                figures.stream().mapToDouble(PlanFigures::meanSpanMinutes).average().orElse(0),
                first.stream().filter(f -> f >= 0).mapToLong(Long::longValue).average().orElse(-1),
                millis.stream().mapToLong(Long::longValue).average().orElse(0),
                figures.stream().mapToLong(PlanFigures::soft).average().orElse(0));
    }
}
