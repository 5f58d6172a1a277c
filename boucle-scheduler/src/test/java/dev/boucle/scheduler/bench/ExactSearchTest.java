package dev.boucle.scheduler.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.bench.Generator.Size;
import dev.boucle.scheduler.greedy.GreedyPlanner;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.model.Schedules;
import dev.boucle.scheduler.solver.ScheduleSolver;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The exact search proves an optimum that the solver's own scoring agrees with. */
class ExactSearchTest {

    private static final Size TINY = new Size("tiny", 2, 2, 5, 1, LocalTime.of(9, 0), LocalTime.of(12, 0), false);

    @Test
    void theOptimumIsNoWorseThanGreedyAndItsCostIsTheSolversScore() {
        for (long seed = 1; seed <= 3; seed++) {
            Instance instance = Generator.generate(TINY, seed);
            Schedule schedule = GreedyPlanner.plan(Schedules.from(instance));
            var greedy = ScheduleSolver.score(schedule);
            var result = ExactSearch.optimise(schedule, -greedy.mediumScore(), -greedy.softScore(), System.nanoTime() + 60_000_000_000L);
            var optimum = ScheduleSolver.score(schedule);
            assertThat(result.proven()).isTrue();
            assertThat(optimum.hardScore()).isZero();
            assertThat(optimum.compareTo(greedy)).isGreaterThanOrEqualTo(0);
            assertThat(-optimum.mediumScore()).isEqualTo(result.medium());
            assertThat(-optimum.softScore()).isEqualTo(result.soft());
        }
    }
}
