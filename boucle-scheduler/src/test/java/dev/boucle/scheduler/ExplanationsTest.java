package dev.boucle.scheduler;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.busy;
import static dev.boucle.scheduler.Fixtures.cap;
import static dev.boucle.scheduler.Fixtures.excluding;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.round;
import static dev.boucle.scheduler.Fixtures.speaking;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each reason a round is left out, proved on the smallest instance where that rule, and only it,
 * stops the round; and each reason a loop spreads over days. Times are UTC on Tuesday 8 December
 * 2026; everyone is in London (UTC that week), working 09:00-18:00.
 */
class ExplanationsTest {

    private static final String LONDON = "Europe/London";

    private static Unplaced only(Plan plan) {
        assertThat(plan.why()).hasSize(1);
        assertThat(plan.why().getFirst().round()).isEqualTo(plan.unassigned().getFirst());
        return plan.why().getFirst();
    }

    private static Instance instance(List<InterviewerSpec> people, LoopSpec... loops) {
        return new Instance(15, people, List.of(loops));
    }

    private static LoopSpec morning(String candidate, RoundSpec... rounds) {
        return loop(candidate, LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T12:00")), rounds);
    }

    @Test
    void aWindowTooShortForTheRound() {
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING")),
                loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T10:45")), round("r1", "CODING", 60))));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.NO_WINDOW);
    }

    @Test
    void nobodyLeadsTheRoundType() {
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING")), morning("c1", round("r1", "RESEARCH", 60))));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.NO_QUALIFIED_INTERVIEWER);
    }

    @Test
    void nobodyQualifiedSpeaksTheLanguage() {
        Plan plan = Scheduler.construct(instance(List.of(speaking(person("ana", LONDON, "CODING"), "en"), person("bob", LONDON, "RESEARCH")),
                loop("c1", LONDON, "fr", List.of(between("2026-12-08T10:00", "2026-12-08T12:00")), round("r1", "CODING", 60))));
        Unplaced why = only(plan);
        assertThat(why.reason()).isEqualTo(Unplaced.Reason.LANGUAGE);
        assertThat(why.detail()).contains("fr");
    }

    @Test
    void theOnlyQualifiedPersonAlreadyMetTheCandidate() {
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING")),
                excluding(morning("c1", round("r1", "CODING", 60)), "ana")));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.EXCLUSIONS);
    }

    @Test
    void nobodyQualifiedIsFreeInTheCandidatesWindows() {
        Plan plan = Scheduler.construct(instance(List.of(busy(person("ana", LONDON, "CODING"), between("2026-12-08T09:30", "2026-12-08T12:30"))),
                morning("c1", round("r1", "CODING", 60))));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.NO_INTERVIEWER_FREE);
    }

    @Test
    void theFreePeopleHaveReachedTheirWeeklyCap() {
        Plan plan = Scheduler.construct(instance(List.of(cap(person("ana", LONDON, "CODING"), 1)),
                morning("c1", round("r1", "CODING", 60)), morning("c2", round("r2", "CODING", 60))));
        Unplaced why = only(plan);
        assertThat(why.reason()).isEqualTo(Unplaced.Reason.WEEKLY_CAPS);
        assertThat(why.round()).isEqualTo("r2");
    }

    @Test
    void theFreePersonLeadsAnotherRoundAtTheOnlyTime() {
        LoopSpec first = loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T11:00")), round("r1", "CODING", 60));
        LoopSpec second = loop("c2", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T11:00")), round("r2", "CODING", 60));
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING")), first, second));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.TAKEN_BY_OTHER_ROUNDS);
    }

    @Test
    void theFreePersonIsFreeOnlyDuringTheCandidatesOtherRound() {
        // 90 minutes of availability hold one round of 60, not two with a break.
        LoopSpec tight = loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T11:30")),
                round("r1", "CODING", 60), round("r2", "RESEARCH", 60));
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING"), person("bob", LONDON, "RESEARCH")), tight));
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.CANDIDATE_SCHEDULE);
    }

    @Test
    void theSolverSaysWhyToo() {
        Plan plan = Scheduler.solve(instance(List.of(cap(person("ana", LONDON, "CODING"), 1)),
                morning("c1", round("r1", "CODING", 60)), morning("c2", round("r2", "CODING", 60))), Duration.ofSeconds(1), p -> { });
        assertThat(only(plan).reason()).isEqualTo(Unplaced.Reason.WEEKLY_CAPS);
        assertThat(PlanJson.write(plan)).contains("\"reason\" : \"WEEKLY_CAPS\"");
    }

    @Test
    void aLoopOnTwoDaysBecauseNoDayOfAvailabilityHoldsIt() {
        LoopSpec hours = loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T11:00"),
                between("2026-12-09T10:00", "2026-12-09T11:00")), round("r1", "CODING", 60), round("r2", "CODING", 60));
        Plan plan = Scheduler.construct(instance(List.of(person("ana", LONDON, "CODING"), person("bob", LONDON, "CODING")), hours));
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.spread()).singleElement().satisfies(s -> {
            assertThat(s.candidate()).isEqualTo("c1");
            assertThat(s.days()).isEqualTo(2);
            assertThat(s.reason()).isEqualTo(SpreadLoop.Reason.AVAILABILITY);
        });
    }

    @Test
    void aLoopOnTwoDaysBecauseTheInterviewersAreFreeOnDifferentDays() {
        LoopSpec days = loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T16:00"),
                between("2026-12-09T10:00", "2026-12-09T16:00")), round("r1", "CODING", 60), round("r2", "RESEARCH", 60));
        InterviewerSpec ana = busy(person("ana", LONDON, "CODING"), between("2026-12-09T09:00", "2026-12-09T18:00"));
        InterviewerSpec bob = busy(person("bob", LONDON, "RESEARCH"), between("2026-12-08T09:00", "2026-12-08T18:00"));
        Plan plan = Scheduler.solve(instance(List.of(ana, bob), days), Duration.ofSeconds(1), p -> { });
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.spread()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo(SpreadLoop.Reason.INTERVIEWERS));
    }

    @Test
    void aLoopThatFitsOneDayIsNotReported() {
        Plan plan = Scheduler.solve(instance(List.of(person("ana", LONDON, "CODING"), person("bob", LONDON, "RESEARCH")),
                loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T16:00"),
                        between("2026-12-09T10:00", "2026-12-09T16:00")), round("r1", "CODING", 60), round("r2", "RESEARCH", 60))),
                Duration.ofSeconds(1), p -> { });
        assertThat(plan.unassigned()).isEmpty();
        assertThat(plan.spread()).isEmpty();
    }
}
