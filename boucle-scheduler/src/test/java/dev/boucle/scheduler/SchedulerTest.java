package dev.boucle.scheduler;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.round;
import static dev.boucle.scheduler.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The solver's plans on small instances: usable (hard 0), with exactly the rounds that cannot be placed left out. */
class SchedulerTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    private static Instance example() throws Exception {
        return InstanceJson.parse(Files.readString(Path.of("examples/week.json")));
    }

    private static Map<String, Assignment> byRound(Plan plan) {
        return plan.assignments().stream().collect(Collectors.toMap(Assignment::round, Function.identity()));
    }

    @Test
    void theExampleIsPlacedExceptTheRoundNobodyCanLead() throws Exception {
        List<Plan> progress = new ArrayList<>();
        Plan plan = Scheduler.solve(example(), LIMIT, progress::add);
        assertThat(plan.solver()).isEqualTo("timefold");
        assertThat(plan.score().hard()).isZero();
        assertThat(plan.unassigned()).containsExactly("c3-3");
        assertThat(plan.score().medium()).isEqualTo(-1);
        assertThat(plan.assignments()).hasSize(7);
        progress.forEach(p -> assertThat(p.score().hard()).isZero());
    }

    @Test
    void theSolverIsNeverWorseThanTheGreedyBaseline() throws Exception {
        Plan greedy = Scheduler.greedy(example());
        Plan solved = Scheduler.solve(example(), LIMIT, p -> { });
        assertThat(greedy.score().hard()).isZero();
        assertThat(greedy.unassigned()).contains("c3-3");
        assertThat(solved.score().medium()).isGreaterThanOrEqualTo(greedy.score().medium());
        if (solved.score().medium() == greedy.score().medium()) {
            assertThat(solved.score().soft()).isGreaterThanOrEqualTo(greedy.score().soft());
        }
    }

    @Test
    void aPinnedRoundStaysWhereItIs() throws Exception {
        Instance base = example();
        LoopSpec c1 = base.loops().getFirst();
        // 16:00 UTC is late for the London candidate: the solver would move it if it could.
        RoundSpec pinned = new RoundSpec("c1-1", "CODING", 60, new Placement("i2", utc("2026-12-08T16:00")), null);
        List<RoundSpec> rounds = new ArrayList<>(c1.rounds());
        rounds.set(0, pinned);
        Instance instance = withLoop(base, 0, new LoopSpec(c1.candidate(), c1.zone(), c1.language(), c1.available(),
                c1.excludedInterviewers(), c1.minBreakMinutes(), rounds));
        Plan plan = Scheduler.solve(instance, LIMIT, p -> { });
        assertThat(byRound(plan).get("c1-1").interviewer()).isEqualTo("i2");
        assertThat(byRound(plan).get("c1-1").start()).isEqualTo(utc("2026-12-08T16:00"));
        assertThat(plan.score().hard()).isZero();
    }

    @Test
    void replanningKeepsPublishedRoundsThatStillWork() throws Exception {
        Instance base = example();
        Plan first = Scheduler.solve(base, LIMIT, p -> { });
        Map<String, Assignment> published = byRound(first);
        List<LoopSpec> loops = new ArrayList<>();
        for (LoopSpec l : base.loops()) {
            List<RoundSpec> rounds = l.rounds().stream().map(r -> published.containsKey(r.id())
                    ? new RoundSpec(r.id(), r.type(), r.minutes(), null,
                            new Placement(published.get(r.id()).interviewer(), published.get(r.id()).start()))
                    : r).toList();
            loops.add(new LoopSpec(l.candidate(), l.zone(), l.language(), l.available(), l.excludedInterviewers(),
                    l.minBreakMinutes(), rounds));
        }
        Plan again = Scheduler.solve(new Instance(base.grainMinutes(), base.interviewers(), loops), LIMIT, p -> { });
        for (Assignment a : first.assignments()) {
            assertThat(byRound(again).get(a.round()).start()).as(a.round()).isEqualTo(a.start());
            assertThat(byRound(again).get(a.round()).interviewer()).as(a.round()).isEqualTo(a.interviewer());
        }
    }

    @Test
    void anInfeasibleInstanceIsAPlanWithUnassignedRoundsNotAnError() {
        Instance instance = new Instance(15, List.of(person("i1", "Europe/Paris", "CODING")), List.of(
                loop("c1", "Europe/Paris", "en", List.of(between("2026-12-08T08:00", "2026-12-08T10:00")),
                        round("a", "CODING", 60), round("b", "CODING", 60)),
                loop("c2", "Europe/Paris", "en", List.of(), round("c", "CODING", 60))));
        Plan plan = Scheduler.solve(instance, LIMIT, p -> { });
        assertThat(plan.score().hard()).isZero();
        assertThat(plan.assignments()).hasSize(1);
        assertThat(plan.unassigned()).hasSize(2).contains("c");
    }

    @Test
    void aRoundPinnedOutsideEveryoneRulesIsKeptAndItsBreachesShow() {
        // Pinned by a person at 07:00 UTC on a loop with no availability: kept as it is, scored as it is.
        RoundSpec pinned = new RoundSpec("p", "CODING", 60, new Placement("i1", utc("2026-12-08T07:00")), null);
        Instance instance = new Instance(15, List.of(person("i1", "Europe/Paris", "CODING")),
                List.of(new LoopSpec("c1", java.time.ZoneId.of("Europe/Paris"), "en", List.of(), java.util.Set.of(), 0, List.of(pinned))));
        Plan plan = Scheduler.solve(instance, LIMIT, p -> { });
        assertThat(plan.assignments()).singleElement().extracting(Assignment::start).isEqualTo(utc("2026-12-08T07:00"));
        assertThat(plan.score().hard()).isNegative();
    }

    @Test
    void anEmptyInstanceIsAnEmptyPlan() {
        Plan plan = Scheduler.solve(new Instance(15, List.of(), List.of()), LIMIT, p -> { });
        assertThat(plan.assignments()).isEmpty();
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.score()).isEqualTo(new Score(0, 0, 0));
    }

    @Test
    void badInputThroughTheLibraryNamesTheField() {
        Instance instance = new Instance(15, List.of(person("i1", "Europe/Paris", "CODING")), List.of(
                loop("c1", "Europe/Paris", "en", List.of(), round("a", "CODING", 0))));
        assertThatThrownBy(() -> Scheduler.solve(instance, LIMIT, p -> { })).isInstanceOf(InstanceException.class)
                .hasMessage("loops[0].rounds[0].minutes: must be a positive multiple of grainMinutes")
                .extracting(e -> ((InstanceException) e).field()).isEqualTo("loops[0].rounds[0].minutes");
        assertThatThrownBy(() -> Scheduler.greedy(new Instance(15, null, List.of()))).isInstanceOf(InstanceException.class)
                .hasMessage("interviewers: is required");
    }

    static Instance withLoop(Instance base, int index, LoopSpec loop) {
        List<LoopSpec> loops = new ArrayList<>(base.loops());
        loops.set(index, loop);
        return new Instance(base.grainMinutes(), base.interviewers(), loops);
    }
}
