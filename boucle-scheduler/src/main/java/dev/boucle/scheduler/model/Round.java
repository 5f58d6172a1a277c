package dev.boucle.scheduler.model;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;

/**
 * The planning entity: one round of a loop, to which the solver gives a lead interviewer, a start
 * (UTC epoch minute on the grain) and, optionally, a trainee who shadows it. A round without a lead
 * is unplaced. Each round offers only the values that can make sense for it (people qualified for
 * its type who speak the loop's language and are not excluded; starts inside the candidate's
 * availability), which keeps the search small; the constraints still check everything, for pinned
 * rounds and for the greedy baseline.
 */
@PlanningEntity
public class Round {

    @PlanningId
    private String id;
    private String type;
    private int minutes;
    private Loop loop;
    private boolean pinned;
    private Interviewer publishedLead;
    private Long publishedStart;
    private List<Interviewer> leadRange;
    private List<Long> startRange;
    private List<Interviewer> shadowRange;

    private Interviewer lead;
    private Long start;
    private Interviewer shadow;

    Round() {
        // for Timefold's solution cloner
    }

    public Round(String id, String type, int minutes, Loop loop, List<Interviewer> leadRange, List<Long> startRange,
            List<Interviewer> shadowRange) {
        this.id = id;
        this.type = type;
        this.minutes = minutes;
        this.loop = loop;
        this.leadRange = leadRange;
        this.startRange = startRange;
        this.shadowRange = shadowRange;
    }

    /** Fixes the round where it is: the solver will not move it. */
    public Round pin(Interviewer lead, long start) {
        this.lead = lead;
        this.start = start;
        this.pinned = true;
        return this;
    }

    /** Records what people were already told; moving away from it costs (see the constraints). */
    public Round published(Interviewer lead, long start) {
        this.publishedLead = lead;
        this.publishedStart = start;
        return this;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public int minutes() {
        return minutes;
    }

    public Loop loop() {
        return loop;
    }

    @PlanningPin
    public boolean isPinned() {
        return pinned;
    }

    public boolean hasPublished() {
        return publishedLead != null;
    }

    /** What was published, or null. */
    public Placed publishedPlacement() {
        return hasPublished() ? new Placed(publishedLead, publishedStart) : null;
    }

    /** A lead and a start, in solver minutes. */
    public record Placed(Interviewer lead, long start) {
    }

    /** Placed differently from what was published (or no longer placed). */
    public boolean movedFromPublished() {
        return hasPublished() && (!assigned() || lead != publishedLead || start.longValue() != publishedStart);
    }

    @ValueRangeProvider(id = "leads")
    public List<Interviewer> leadRange() {
        return leadRange;
    }

    @ValueRangeProvider(id = "starts")
    public List<Long> startRange() {
        return startRange;
    }

    @ValueRangeProvider(id = "shadows")
    public List<Interviewer> shadowRange() {
        return shadowRange;
    }

    @PlanningVariable(valueRangeProviderRefs = "leads", allowsUnassigned = true)
    public Interviewer getLead() {
        return lead;
    }

    public void setLead(Interviewer lead) {
        this.lead = lead;
    }

    @PlanningVariable(valueRangeProviderRefs = "starts", allowsUnassigned = true)
    public Long getStart() {
        return start;
    }

    public void setStart(Long start) {
        this.start = start;
    }

    @PlanningVariable(valueRangeProviderRefs = "shadows", allowsUnassigned = true)
    public Interviewer getShadow() {
        return shadow;
    }

    public void setShadow(Interviewer shadow) {
        this.shadow = shadow;
    }

    /** Placed: it has a lead and a start. */
    public boolean assigned() {
        return lead != null && start != null;
    }

    public boolean shadowed() {
        return assigned() && shadow != null;
    }

    public long end() {
        return start + minutes;
    }

    /** Minutes both rounds run at the same time (0 when they do not overlap). */
    public long overlap(Round other) {
        return Math.max(0, Math.min(end(), other.end()) - Math.max(start, other.start));
    }

    /** Minutes from the end of the earlier round to the start of the later one; negative when they overlap. */
    public long gap(Round other) {
        return start <= other.start ? other.start - end() : start - other.end();
    }

    /** The candidate's local day this round falls on. */
    public long candidateDay() {
        return loop.day(start);
    }

    /** The lead's ISO week, in the lead's zone: the weekly cap counts per such week. */
    public long leadWeek() {
        return lead.week(start);
    }

    @Override
    public String toString() {
        return id + "@" + start + "/" + lead;
    }
}
