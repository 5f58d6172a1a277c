package dev.boucle.scheduler.greedy;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.booked;
import static dev.boucle.scheduler.Fixtures.busy;
import static dev.boucle.scheduler.Fixtures.cap;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.round;
import static dev.boucle.scheduler.Fixtures.trainee;
import static dev.boucle.scheduler.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.scheduler.Assignment;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.Plan;
import dev.boucle.scheduler.Scheduler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The baseline does what a careful person would by hand, and breaks no rule. */
class GreedyPlannerTest {

    @Test
    void eachRoundGoesToTheEarliestStartWhereSomeoneIsFree() {
        Instance instance = new Instance(15, List.of(
                busy(person("i1", "Europe/London", "CODING"), between("2026-12-08T09:00", "2026-12-08T10:20"))),
                List.of(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                        round("c1-1", "CODING", 60))));
        Plan plan = Scheduler.greedy(instance);
        assertThat(plan.solver()).isEqualTo("greedy");
        assertThat(plan.assignments()).singleElement().extracting(Assignment::start).isEqualTo(utc("2026-12-08T10:30"));
    }

    @Test
    void theLeastLoadedQualifiedPersonLeadsAndTheLoopKeepsItsBreaks() {
        Instance instance = new Instance(15, List.of(person("i1", "Europe/London", "CODING"), person("i2", "Europe/London", "CODING"),
                person("i3", "Europe/London", "BEHAVIORAL")),
                List.of(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                                round("c1-1", "CODING", 60)),
                        loop("c2", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                                round("c2-1", "CODING", 60), round("c2-2", "CODING", 60))));
        Plan plan = Scheduler.greedy(instance);
        assertThat(plan.assignments()).extracting(Assignment::round, Assignment::interviewer, Assignment::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c1-1", "i1", utc("2026-12-08T09:00")),
                org.assertj.core.groups.Tuple.tuple("c2-1", "i2", utc("2026-12-08T09:00")),
                org.assertj.core.groups.Tuple.tuple("c2-2", "i1", utc("2026-12-08T10:15")));
        assertThat(plan.score().hard()).isZero();
    }

    @Test
    void aRoundThatFitsNowhereIsLeftOutAndTheCapHolds() {
        Instance instance = new Instance(15, List.of(cap(person("i1", "Europe/London", "CODING"), 1)),
                List.of(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                                round("c1-1", "CODING", 60)),
                        loop("c2", "Europe/London", "en", List.of(between("2026-12-09T09:00", "2026-12-09T17:00")),
                                round("c2-1", "CODING", 60))));
        Plan plan = Scheduler.greedy(instance);
        assertThat(plan.unassigned()).containsExactly("c2-1");
        assertThat(plan.score().hard()).isZero();
        assertThat(plan.score().medium()).isEqualTo(-1);
    }

    @Test
    void interviewsBookedBeforeFillTheWeekForTheBaselineToo() {
        Instance instance = new Instance(15, List.of(
                        booked(cap(person("i1", "Europe/London", "CODING"), 1), between("2026-12-07T09:00", "2026-12-07T10:00")),
                        booked(cap(person("i2", "Europe/London", "CODING"), 1), between("2026-12-01T09:00", "2026-12-01T10:00"))),
                List.of(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                        round("c1-1", "CODING", 60))));
        Plan plan = Scheduler.greedy(instance);
        assertThat(plan.assignments()).singleElement().extracting(Assignment::interviewer).isEqualTo("i2");
        assertThat(plan.score().hard()).isZero();
    }

    @Test
    void aFreeTraineeShadows() {
        Instance instance = new Instance(15, List.of(person("i1", "Europe/London", "CODING"), trainee("t1", "Europe/London", "CODING")),
                List.of(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T09:00", "2026-12-08T17:00")),
                        round("c1-1", "CODING", 60))));
        Plan plan = Scheduler.greedy(instance);
        assertThat(plan.assignments()).singleElement().extracting(Assignment::interviewer, Assignment::shadow)
                .containsExactly("i1", "t1");
    }
}
