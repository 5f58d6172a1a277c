package dev.boucle.scheduler.model;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/** The planning solution: interviewers and loops (facts) and every round (entities), with the score. */
@PlanningSolution
public class Schedule {

    private List<Interviewer> interviewers;
    private List<Loop> loops;
    private List<Round> rounds;
    private HardMediumSoftLongScore score;

    Schedule() {
        // for Timefold's solution cloner
    }

    public Schedule(List<Interviewer> interviewers, List<Loop> loops, List<Round> rounds) {
        this.interviewers = interviewers;
        this.loops = loops;
        this.rounds = rounds;
    }

    @ProblemFactCollectionProperty
    public List<Interviewer> getInterviewers() {
        return interviewers;
    }

    @ProblemFactCollectionProperty
    public List<Loop> getLoops() {
        return loops;
    }

    @PlanningEntityCollectionProperty
    public List<Round> getRounds() {
        return rounds;
    }

    @PlanningScore
    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
