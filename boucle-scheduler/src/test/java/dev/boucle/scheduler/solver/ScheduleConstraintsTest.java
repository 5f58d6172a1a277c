package dev.boucle.scheduler.solver;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.booked;
import static dev.boucle.scheduler.Fixtures.busy;
import static dev.boucle.scheduler.Fixtures.candidate;
import static dev.boucle.scheduler.Fixtures.cap;
import static dev.boucle.scheduler.Fixtures.excluding;
import static dev.boucle.scheduler.Fixtures.lead;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.placed;
import static dev.boucle.scheduler.Fixtures.speaking;
import static dev.boucle.scheduler.Fixtures.trainee;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.boucle.scheduler.Fixtures;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per constraint: the bad case is penalised by the expected amount, the good case not at
 * all. December 2026: Paris is UTC+1, London UTC+0, New York UTC-5; Tuesday is 2026-12-08.
 */
class ScheduleConstraintsTest {

    private final ConstraintVerifier<ScheduleConstraints, Schedule> verifier =
            ConstraintVerifier.build(new ScheduleConstraints(), Schedule.class, Round.class);

    private final Interviewer ana = lead(person("ana", "Europe/Paris", "CODING"));
    private final Interviewer ben = lead(person("ben", "Europe/London", "CODING"));
    private final Loop london = candidate(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T08:00", "2026-12-08T17:00"))));
    private final Loop other = candidate(loop("c2", "Europe/London", "en", List.of(between("2026-12-08T08:00", "2026-12-08T17:00"))));

    @Test
    void aLeadWhoDoesNotKnowTheRoundTypeIsPenalised() {
        verifier.verifyThat(ScheduleConstraints::leadQualified)
                .given(placed("r1", "SYSTEM_DESIGN", 60, london, ana, "2026-12-08T10:00")).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::leadQualified)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T10:00")).penalizesBy(0);
    }

    @Test
    void aTraineeNeverLeads() {
        Interviewer tom = lead(trainee("tom", "Europe/London", "CODING"));
        verifier.verifyThat(ScheduleConstraints::leadQualified)
                .given(placed("r1", "CODING", 60, london, tom, "2026-12-08T10:00")).penalizesBy(1);
    }

    @Test
    void aLeadWhoDoesNotSpeakTheLoopsLanguageIsPenalised() {
        Loop french = candidate(loop("c3", "Europe/Paris", "fr", List.of(between("2026-12-08T08:00", "2026-12-08T17:00"))));
        Interviewer english = lead(speaking(person("eve", "Europe/London", "CODING"), "en"));
        verifier.verifyThat(ScheduleConstraints::leadSpeaksLanguage)
                .given(placed("r1", "CODING", 60, french, english, "2026-12-08T10:00")).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::leadSpeaksLanguage)
                .given(placed("r1", "CODING", 60, french, ana, "2026-12-08T10:00")).penalizesBy(0);
    }

    @Test
    void aLeadWhoAlreadyMetTheCandidateIsPenalised() {
        Loop met = candidate(excluding(loop("c4", "Europe/London", "en", List.of()), "ana"));
        verifier.verifyThat(ScheduleConstraints::leadNotExcluded)
                .given(placed("r1", "CODING", 60, met, ana, "2026-12-08T10:00")).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::leadNotExcluded)
                .given(placed("r1", "CODING", 60, met, ben, "2026-12-08T10:00")).penalizesBy(0);
    }

    @Test
    void aLeadInTwoRoundsAtOnceIsPenalisedPerOverlappingMinute() {
        verifier.verifyThat(ScheduleConstraints::leadDoubleBooked)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, other, ana, "2026-12-08T09:30"))
                .penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::leadDoubleBooked)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, other, ana, "2026-12-08T10:00"))
                .penalizesBy(0);
    }

    @Test
    void aRoundOverTheLeadsBusyTimeIsPenalisedPerMinute() {
        Interviewer taken = lead(busy(person("cat", "Europe/Paris", "CODING"), between("2026-12-08T10:00", "2026-12-08T11:00")));
        verifier.verifyThat(ScheduleConstraints::leadBusy)
                .given(placed("r1", "CODING", 60, london, taken, "2026-12-08T10:30")).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::leadBusy)
                .given(placed("r1", "CODING", 60, london, taken, "2026-12-08T11:00")).penalizesBy(0);
    }

    @Test
    void workingHoursAreTheLeadsOwnLocalHoursOnWeekdays() {
        // Ana works 09:00-18:00 in Paris, that is 08:00-17:00 UTC in December.
        verifier.verifyThat(ScheduleConstraints::leadWorkingHours)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T16:30")).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::leadWorkingHours)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T08:00")).penalizesBy(0);
        verifier.verifyThat(ScheduleConstraints::leadWorkingHours)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-12T10:00")).penalizesBy(60);
    }

    @Test
    void aRoundOutsideTheCandidatesAvailabilityIsPenalisedPerMinute() {
        Loop morning = candidate(loop("c5", "Europe/London", "en", List.of(between("2026-12-08T08:00", "2026-12-08T12:00"))));
        verifier.verifyThat(ScheduleConstraints::candidateAvailable)
                .given(placed("r1", "CODING", 60, morning, ben, "2026-12-08T11:30")).penalizesBy(30);
        verifier.verifyThat(ScheduleConstraints::candidateAvailable)
                .given(placed("r1", "CODING", 60, morning, ben, "2026-12-08T11:00")).penalizesBy(0);
    }

    @Test
    void theCandidatesRoundsKeepTheMinimumBreak() {
        verifier.verifyThat(ScheduleConstraints::candidateBreaks)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T10:05"))
                .penalizesBy(10);
        verifier.verifyThat(ScheduleConstraints::candidateBreaks)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T09:30"))
                .penalizesBy(45);
        verifier.verifyThat(ScheduleConstraints::candidateBreaks)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T10:15"))
                .penalizesBy(0);
    }

    @Test
    void nobodyLeadsTwoRoundsOfOneLoop() {
        verifier.verifyThat(ScheduleConstraints::leadOncePerLoop)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ana, "2026-12-08T11:00"))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::leadOncePerLoop)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T11:00"))
                .penalizesBy(0);
    }

    @Test
    void theWeeklyCapCountsPerIsoWeekInTheLeadsZone() {
        Interviewer once = lead(cap(person("dan", "Europe/Paris", "CODING"), 1));
        verifier.verifyThat(ScheduleConstraints::leadWeeklyCap)
                .given(placed("r1", "CODING", 60, london, once, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, other, once, "2026-12-09T09:00"))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::leadWeeklyCap)
                .given(placed("r1", "CODING", 60, london, once, "2026-12-11T09:00"),
                        placed("r2", "CODING", 60, other, once, "2026-12-14T09:00"))
                .penalizesBy(0);
    }

    @Test
    void anInterviewBookedBeforeCountsAgainstTheCapOfItsOwnWeekOnly() {
        // Monday 7 December 00:30 in Paris is still Sunday 6 December 23:30 UTC: the week is the lead's.
        Interviewer sameWeek = lead(booked(cap(person("dan", "Europe/Paris", "CODING"), 1),
                between("2026-12-06T23:30", "2026-12-07T00:30")));
        verifier.verifyThat(ScheduleConstraints::leadWeeklyCap)
                .given(placed("r1", "CODING", 60, london, sameWeek, "2026-12-08T09:00"))
                .penalizesBy(1);
        Interviewer lastWeek = lead(booked(cap(person("dan", "Europe/Paris", "CODING"), 1),
                between("2026-12-04T09:00", "2026-12-04T10:00")));
        verifier.verifyThat(ScheduleConstraints::leadWeeklyCap)
                .given(placed("r1", "CODING", 60, london, lastWeek, "2026-12-08T09:00"))
                .penalizesBy(0);
    }

    @Test
    void aWeekFullBeforePlanningCostsOnePerRoundPlacedInIt() {
        Interviewer full = lead(booked(cap(person("dan", "Europe/Paris", "CODING"), 1),
                between("2026-12-07T09:00", "2026-12-07T10:00"), between("2026-12-07T11:00", "2026-12-07T12:00")));
        verifier.verifyThat(ScheduleConstraints::leadWeeklyCap)
                .given(placed("r1", "CODING", 60, london, full, "2026-12-08T09:00"))
                .penalizesBy(1);
    }

    @Test
    void anInterviewBookedBeforeIsBusyTime() {
        Interviewer dan = lead(booked(person("dan", "Europe/Paris", "CODING"), between("2026-12-08T09:30", "2026-12-08T10:30")));
        verifier.verifyThat(ScheduleConstraints::leadBusy)
                .given(placed("r1", "CODING", 60, london, dan, "2026-12-08T09:00"))
                .penalizesBy(30);
    }

    @Test
    void aShadowMustBeFreeAndAtWork() {
        Interviewer tom = lead(busy(trainee("tom", "Europe/London", "CODING"), between("2026-12-08T09:00", "2026-12-08T09:20")));
        Round shadowed = placed("r1", "CODING", 60, london, ben, "2026-12-08T09:00");
        shadowed.setShadow(tom);
        verifier.verifyThat(ScheduleConstraints::shadowFree).given(shadowed).penalizesBy(20);
        Round later = placed("r2", "CODING", 60, london, ben, "2026-12-08T10:00");
        later.setShadow(tom);
        verifier.verifyThat(ScheduleConstraints::shadowFree).given(later).penalizesBy(0);
    }

    @Test
    void aShadowSitsInOneRoundAtATime() {
        Interviewer tom = lead(trainee("tom", "Europe/London", "CODING"));
        Round first = placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00");
        Round second = placed("r2", "CODING", 60, other, ben, "2026-12-08T09:45");
        first.setShadow(tom);
        second.setShadow(tom);
        verifier.verifyThat(ScheduleConstraints::shadowDoubleBooked).given(first, second).penalizesBy(15);
        second.setStart(Minutes.of(Fixtures.utc("2026-12-08T10:00")));
        verifier.verifyThat(ScheduleConstraints::shadowDoubleBooked).given(first, second).penalizesBy(0);
    }

    @Test
    void anUnplacedRoundCostsOneMediumPoint() {
        verifier.verifyThat(ScheduleConstraints::unplacedRound)
                .given(placed("r1", "CODING", 60, london, null, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ana, "2026-12-08T11:00"))
                .penalizesBy(1);
    }

    @Test
    void aLoopOverTwoLocalDaysIsPenalised() {
        Loop newYork = candidate(loop("c6", "America/New_York", "en", List.of()));
        // 02:00 UTC on Wednesday is still Tuesday evening in New York: one local day.
        verifier.verifyThat(ScheduleConstraints::loopOnOneDay)
                .given(placed("r1", "CODING", 60, newYork, ana, "2026-12-08T15:00"),
                        placed("r2", "CODING", 60, newYork, ben, "2026-12-09T02:00"))
                .penalizesBy(0);
        verifier.verifyThat(ScheduleConstraints::loopOnOneDay)
                .given(placed("r1", "CODING", 60, newYork, ana, "2026-12-08T15:00"),
                        placed("r2", "CODING", 60, newYork, ben, "2026-12-09T15:00"))
                .penalizesBy(Weights.EXTRA_DAY);
    }

    @Test
    void idleMinutesBeyondTheBreakStretchTheLoop() {
        verifier.verifyThat(ScheduleConstraints::loopIdleTime)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T11:00"))
                .penalizesBy(Weights.IDLE_MINUTE * 45);
        verifier.verifyThat(ScheduleConstraints::loopIdleTime)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, london, ben, "2026-12-08T10:15"))
                .penalizesBy(0);
    }

    @Test
    void loadIsPenalisedBySquaresSoSpreadingItPays() {
        verifier.verifyThat(ScheduleConstraints::balancedLoad)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, other, ana, "2026-12-08T11:00"),
                        placed("r3", "CODING", 60, other, ben, "2026-12-08T09:00"))
                .penalizesBy(Weights.LOAD_SQUARED * (4 + 1));
        verifier.verifyThat(ScheduleConstraints::balancedLoad)
                .given(placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00"),
                        placed("r2", "CODING", 60, other, ben, "2026-12-08T11:00"))
                .penalizesBy(Weights.LOAD_SQUARED * (1 + 1));
    }

    @Test
    void aShadowedRoundIsRewarded() {
        Round round = placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00");
        verifier.verifyThat(ScheduleConstraints::traineeShadowing).given(round).rewardsWith(0);
        round.setShadow(lead(trainee("tom", "Europe/London", "CODING")));
        verifier.verifyThat(ScheduleConstraints::traineeShadowing).given(round).rewardsWith((int) Weights.SHADOWED_ROUND);
    }

    @Test
    void earlyRoundsCostForTheCandidateAndTheLead() {
        // 09:00 in London is early for both the London candidate and Ben.
        verifier.verifyThat(ScheduleConstraints::comfortableHours)
                .given(placed("r1", "CODING", 60, london, ben, "2026-12-08T09:00")).penalizesBy(120);
        verifier.verifyThat(ScheduleConstraints::comfortableHours)
                .given(placed("r1", "CODING", 60, london, ben, "2026-12-08T10:00")).penalizesBy(0);
    }

    @Test
    void movingAPublishedRoundCosts() {
        long published = Minutes.of(Fixtures.utc("2026-12-08T09:00"));
        Round kept = placed("r1", "CODING", 60, london, ana, "2026-12-08T09:00").published(ana, published);
        Round moved = placed("r2", "CODING", 60, london, ana, "2026-12-08T10:00").published(ana, published);
        Round dropped = placed("r3", "CODING", 60, london, null, null).published(ben, published);
        verifier.verifyThat(ScheduleConstraints::publishedKept).given(kept).penalizesBy(0);
        verifier.verifyThat(ScheduleConstraints::publishedKept).given(moved, dropped).penalizesBy(2 * Weights.PUBLISHED_CHANGE);
    }
}
