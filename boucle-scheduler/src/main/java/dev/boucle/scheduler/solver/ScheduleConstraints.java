package dev.boucle.scheduler.solver;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.toList;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import dev.boucle.scheduler.model.Round;

/**
 * Every rule and goal of a plan, one method each, named as a scheduler would say it. Hard rules
 * make a plan usable; the medium level counts unplaced rounds, so placing a round beats any soft
 * goal and never breaks a hard rule; soft goals (weights in {@link Weights}) rank usable plans.
 * Streams start from every round, placed or not, and keep the placed ones explicitly.
 */
public final class ScheduleConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            leadQualified(f), leadSpeaksLanguage(f), leadNotExcluded(f), leadDoubleBooked(f), leadBusy(f),
            leadWorkingHours(f), candidateAvailable(f), candidateBreaks(f), leadOncePerLoop(f), leadWeeklyCap(f),
            shadowFree(f), shadowDoubleBooked(f),
            unplacedRound(f),
            loopOnOneDay(f), loopIdleTime(f), balancedLoad(f), traineeShadowing(f), comfortableHours(f), publishedKept(f)
        };
    }

    private static UniConstraintStream<Round> placed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Round.class).filter(Round::assigned);
    }

    // Only someone trained for the round type can judge it against its rubric; trainees only shadow.
    Constraint leadQualified(ConstraintFactory f) {
        return placed(f).filter(r -> !r.getLead().qualifiedFor(r.type()))
                .penalize(ONE_HARD)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getLead() + " does not lead " + r.type() + " rounds"))
                .asConstraint("Lead qualified for the round type");
    }

    // The round is held in the loop's language.
    Constraint leadSpeaksLanguage(ConstraintFactory f) {
        return placed(f).filter(r -> !r.getLead().speaks(r.loop().language()))
                .penalize(ONE_HARD)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getLead() + " does not speak " + r.loop().language()))
                .asConstraint("Lead speaks the loop's language");
    }

    // Someone who met the candidate at an earlier stage would not give an independent signal.
    Constraint leadNotExcluded(ConstraintFactory f) {
        return placed(f).filter(r -> r.loop().excludes(r.getLead()))
                .penalize(ONE_HARD)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getLead() + " already met " + r.loop().candidate()))
                .asConstraint("Lead not excluded for the candidate");
    }

    // One person cannot lead two rounds at once; penalised per overlapping minute to guide the search.
    Constraint leadDoubleBooked(ConstraintFactory f) {
        return placed(f).join(placed(f), equal(Round::getLead), lessThan(Round::id), overlapping(Round::getStart, Round::end))
                .penalizeLong(ONE_HARD, Round::overlap)
                .justifyWith((a, b, s) -> new Why.Clash(a.id(), b.id(), a.getLead().id(), a.overlap(b)))
                .asConstraint("Lead not double-booked");
    }

    // The lead's calendar already holds something else then.
    Constraint leadBusy(ConstraintFactory f) {
        return placed(f).filter(r -> r.getLead().busyMinutes(r.getStart(), r.end()) > 0)
                .penalizeLong(ONE_HARD, r -> r.getLead().busyMinutes(r.getStart(), r.end()))
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getLead() + " is busy then"))
                .asConstraint("Lead free in their calendar");
    }

    // Working hours are the lead's own, Monday to Friday, in their zone.
    Constraint leadWorkingHours(ConstraintFactory f) {
        return placed(f).filter(r -> r.getLead().minutesOutsideWork(r.getStart(), r.end()) > 0)
                .penalizeLong(ONE_HARD, r -> r.getLead().minutesOutsideWork(r.getStart(), r.end()))
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), "outside " + r.getLead() + "'s working hours"))
                .asConstraint("Inside the lead's working hours");
    }

    // The candidate said when they can attend; a round must fit in one of those stretches.
    Constraint candidateAvailable(ConstraintFactory f) {
        return placed(f).filter(r -> r.loop().minutesOutsideAvailability(r.getStart(), r.end()) > 0)
                .penalizeLong(ONE_HARD, r -> r.loop().minutesOutsideAvailability(r.getStart(), r.end()))
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), "outside " + r.loop().candidate() + "'s availability"))
                .asConstraint("Inside the candidate's availability");
    }

    // A candidate attends one round at a time and needs the loop's minimum break between two.
    Constraint candidateBreaks(ConstraintFactory f) {
        return placed(f).join(placed(f), equal(Round::loop), lessThan(Round::id))
                .filter((a, b) -> a.gap(b) < a.loop().minBreak())
                .penalizeLong(ONE_HARD, (a, b) -> a.loop().minBreak() - a.gap(b))
                .justifyWith((a, b, s) -> new Why.Clash(a.id(), b.id(), a.loop().candidate(), a.loop().minBreak() - a.gap(b)))
                .asConstraint("Candidate's rounds apart by the minimum break");
    }

    // Each round of a loop must bring another person's signal.
    Constraint leadOncePerLoop(ConstraintFactory f) {
        return placed(f).join(placed(f), equal(Round::loop), equal(Round::getLead), lessThan(Round::id))
                .penalize(ONE_HARD)
                .justifyWith((a, b, s) -> new Why.Clash(a.id(), b.id(), a.getLead().id(), 0))
                .asConstraint("No interviewer twice in one loop");
    }

    // Interviewing is on top of a job: each person caps their rounds per week (ISO week, their zone),
    // interviews they already have outside this plan included. Only this plan's rounds are penalised:
    // a week already full before planning makes each round placed in it one too many, no more.
    Constraint leadWeeklyCap(ConstraintFactory f) {
        return placed(f).groupBy(Round::getLead, Round::leadWeek, count())
                .filter((lead, week, rounds) -> rounds > lead.roomIn(week))
                .penalize(ONE_HARD, (lead, week, rounds) -> rounds - lead.roomIn(week))
                .justifyWith((lead, week, rounds, s) -> new Why.WeeklyLoad(lead.id(), rounds + lead.bookedIn(week), lead.maxPerWeek()))
                .asConstraint("Lead within their weekly cap");
    }

    // A shadowing trainee is a person too: free in their calendar and within their working hours.
    Constraint shadowFree(ConstraintFactory f) {
        return placed(f).filter(Round::shadowed).filter(r -> shadowConflict(r) > 0)
                .penalizeLong(ONE_HARD, ScheduleConstraints::shadowConflict)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getShadow() + " cannot shadow then"))
                .asConstraint("Shadow free and within working hours");
    }

    private static long shadowConflict(Round r) {
        return r.getShadow().busyMinutes(r.getStart(), r.end()) + r.getShadow().minutesOutsideWork(r.getStart(), r.end());
    }

    // A trainee shadows one round at a time.
    Constraint shadowDoubleBooked(ConstraintFactory f) {
        return placed(f).filter(Round::shadowed)
                .join(placed(f).filter(Round::shadowed), equal(Round::getShadow), lessThan(Round::id),
                        overlapping(Round::getStart, Round::end))
                .penalizeLong(ONE_HARD, Round::overlap)
                .justifyWith((a, b, s) -> new Why.Clash(a.id(), b.id(), a.getShadow().id(), a.overlap(b)))
                .asConstraint("Shadow not double-booked");
    }

    // Medium: a round left out is worse than any soft cost, and better than any broken rule.
    Constraint unplacedRound(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Round.class).filter(r -> !r.assigned())
                .penalize(ONE_MEDIUM)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), "not placed"))
                .asConstraint("Round placed");
    }

    // A loop should take one day of the candidate's life (local days), not several.
    Constraint loopOnOneDay(ConstraintFactory f) {
        return placed(f).groupBy(Round::loop, countDistinct(Round::candidateDay))
                .filter((loop, days) -> days > 1)
                .penalizeLong(ONE_SOFT, (loop, days) -> Weights.EXTRA_DAY * (days - 1))
                .justifyWith((loop, days, s) -> new Why.LoopShape(loop.candidate(), days + " days"))
                .asConstraint("Loop on one day");
    }

    // On each day, rounds close together: idle minutes beyond the required breaks stretch the span.
    Constraint loopIdleTime(ConstraintFactory f) {
        return placed(f).groupBy(Round::loop, Round::candidateDay, toList())
                .filter((loop, day, rounds) -> Compactness.idleMinutes(rounds) > 0)
                .penalizeLong(ONE_SOFT, (loop, day, rounds) -> Weights.IDLE_MINUTE * Compactness.idleMinutes(rounds))
                .justifyWith((loop, day, rounds, s) -> new Why.LoopShape(loop.candidate(),
                        Compactness.idleMinutes(rounds) + " idle minutes on one day"))
                .asConstraint("Loop without idle time");
    }

    // Sum of squared loads: moving a round from a busier to a less busy person always pays,
    // and someone with no round at all is the cheapest choice.
    Constraint balancedLoad(ConstraintFactory f) {
        return placed(f).groupBy(Round::getLead, count())
                .penalizeLong(ONE_SOFT, (lead, rounds) -> Weights.LOAD_SQUARED * rounds * rounds)
                .justifyWith((lead, rounds, s) -> new Why.Load(lead.id(), rounds))
                .asConstraint("Load balanced across interviewers");
    }

    // Trainees learn by shadowing; take a free seat when there is one.
    Constraint traineeShadowing(ConstraintFactory f) {
        return placed(f).filter(Round::shadowed)
                .reward(ONE_SOFT, r -> (int) Weights.SHADOWED_ROUND)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), r.getShadow() + " shadows"))
                .asConstraint("Trainee shadowing");
    }

    // Early mornings and late afternoons are legal but tiring, for the candidate and for the lead.
    Constraint comfortableHours(ConstraintFactory f) {
        return placed(f).filter(r -> Compactness.uncomfortableMinutes(r) > 0)
                .penalizeLong(ONE_SOFT, r -> Weights.UNCOMFORTABLE_MINUTE * Compactness.uncomfortableMinutes(r))
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), Compactness.uncomfortableMinutes(r) + " minutes early or late"))
                .asConstraint("Comfortable local times");
    }

    // When re-planning, people have already been told: every change costs them.
    Constraint publishedKept(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(Round.class).filter(Round::movedFromPublished)
                .penalizeLong(ONE_SOFT, r -> Weights.PUBLISHED_CHANGE)
                .justifyWith((r, s) -> new Why.RoundRule(r.id(), "moved from what was published"))
                .asConstraint("Published rounds kept");
    }
}
