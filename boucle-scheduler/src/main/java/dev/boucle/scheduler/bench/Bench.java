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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code boucle-scheduler bench}: on every instance of a suite of generated weeks (fixed seeds),
 * Boucle ({@link Scheduler#solve}) against the independent {@link LeastLoadedGreedy} in the same
 * run, instance by instance; the solver's construction alone is shown too, to see what local search
 * adds. On the small size, also the proven optimum by {@link ExactSearch}, on every seed. Trainees
 * (who never lead, so count as load 0 for every planner) are only in the loose family with lunch.
 */
public final class Bench {

    /** One family of instances: its shape, how many seeds, the solver's time limit, whether to prove the optimum. */
    record Setup(Size size, int seeds, Duration limit, boolean exact) {
    }

    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime FIVE_PM = LocalTime.of(17, 0);
    /** The week of 2026-03-09: the US is on summer time (since 8 March), Europe is not (until 29 March). */
    static final LocalDate CLOCK_CHANGE_WEEK = LocalDate.of(2026, 3, 9);

    static final List<Setup> SUITE = List.of(
            new Setup(new Size("small", 4, 3, 8, 1, NINE, LocalTime.of(14, 0), false), 5, Duration.ofSeconds(5), true),
            new Setup(new Size("6x18", 6, 5, 18, 2, NINE, FIVE_PM, false).fiveOrSix(), 3, Duration.ofSeconds(10), false),
            new Setup(new Size("30x60-dst", 30, 5, 60, 2, NINE, FIVE_PM, false).fiveOrSix().withWeek("30x60-dst", CLOCK_CHANGE_WEEK),
                    3, Duration.ofSeconds(20), false),
            new Setup(new Size("50x100", 50, 5, 100, 2, NINE, FIVE_PM, false).fiveOrSix(), 3, Duration.ofSeconds(20), false),
            new Setup(new Size("50x100", 50, 5, 100, 2, NINE, FIVE_PM, false).fiveOrSix().withBusy("50x100-tight", 0.5, 0.75),
                    2, Duration.ofSeconds(20), false),
            new Setup(new Size("50x100", 50, 5, 100, 2, NINE, FIVE_PM, true).fiveOrSix().withBusy("50x100-loose", 0.1, 0.3)
                    .withLunch("50x100-loose-lunch-excl", 0.8), 2, Duration.ofSeconds(20), false),
            new Setup(new Size("200x300", 200, 5, 300, 2, NINE, FIVE_PM, false).fiveOrSix(), 3, Duration.ofSeconds(30), false),
            new Setup(new Size("400x600", 400, 5, 600, 2, NINE, FIVE_PM, false).fiveOrSix(), 1, Duration.ofSeconds(60), false));
    private static final Duration EXACT_LIMIT = Duration.ofMinutes(2);

    /** Against the proven optimum: proven, Boucle's soft score equal to it, the gap in % of the optimum's soft penalty. */
    public record Optimum(boolean proven, boolean optimal, double gapPercent) {
    }

    /** One instance: the baseline, the construction, Boucle, and (small) the optimum. */
    public record Row(String family, long seed, int loops, int interviewers, int rounds, Duration limit,
            PlanFigures greedy, PlanFigures construction, PlanFigures boucle, Optimum optimum) {

        /** Boucle no worse than the greedy: no more rounds left out, no more incomplete loops (then the spread, reported apart). */
        public boolean neverWorse() {
            return boucle.unassigned() <= greedy.unassigned() && boucle.incompleteLoops() <= greedy.incompleteLoops();
        }

        /**
         * The lowest load standard deviation any plan placing Boucle's rounds can have: loads are
         * whole numbers, so with a mean m between k and k + 1 the best is a mix of k and k + 1,
         * sqrt(f (1 - f)) where f is m's fraction. Below the greedy's by 30 % is out of reach when
         * this is above 0.7 x the greedy's.
         */
        public double spreadBound() {
            double mean = boucle.meanLoad();
            double f = mean - Math.floor(mean);
            return Math.sqrt(f * (1 - f));
        }

        /** Boucle's load standard deviation below the greedy's, in % of the greedy's (positive: lower). */
        public double spreadReductionPercent() {
            return greedy.loadStdDev() == 0 ? 0 : 100.0 * (greedy.loadStdDev() - boucle.loadStdDev()) / greedy.loadStdDev();
        }
    }

    public record Report(String machine, List<Row> rows) {

        public String json() {
            return BenchJson.write(this);
        }

        public String text() {
            return BenchJson.text(this);
        }
    }

    private Bench() {
    }

    /** The whole suite, or only the families whose name starts with {@code only} (null: all), at most {@code seeds} seeds each. */
    public static Report run(String only, int seeds, Consumer<String> progress) {
        List<Row> rows = new ArrayList<>();
        for (Setup setup : SUITE) {
            if (only != null && !setup.size().name().startsWith(only)) {
                continue;
            }
            for (int seed = 1; seed <= Math.min(seeds, setup.seeds()); seed++) {
                Instance instance = Generator.generate(setup.size(), seed);
                PlanFigures greedy = PlanFigures.of(instance, LeastLoadedGreedy.plan(instance));
                PlanFigures construction = PlanFigures.of(instance, Scheduler.construct(instance));
                Plan solved = Scheduler.solve(instance, setup.limit(), p -> { });
                PlanFigures boucle = PlanFigures.of(instance, solved);
                Optimum optimum = setup.exact() ? optimum(instance, solved) : null;
                int rounds = instance.loops().stream().mapToInt(l -> l.rounds().size()).sum();
                Row row = new Row(setup.size().name(), seed, instance.loops().size(), instance.interviewers().size(), rounds,
                        setup.limit(), greedy, construction, boucle, optimum);
                rows.add(row);
                progress.accept(BenchJson.line(row));
            }
        }
        return new Report(Machine.describe(), rows);
    }

    private static Optimum optimum(Instance instance, Plan boucle) {
        Schedule schedule = Schedules.from(instance);
        Map<String, Interviewer> people = schedule.getInterviewers().stream().collect(Collectors.toMap(Interviewer::id, Function.identity()));
        Map<String, Assignment> placed = boucle.assignments().stream().collect(Collectors.toMap(Assignment::round, Function.identity()));
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
        return new Optimum(result.proven(), optimal, gap);
    }
}
