package dev.boucle.scheduler;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an instance before any solver sees it, so every problem is reported once, with the path of
 * the field at fault, instead of surfacing as a strange plan.
 */
final class InstanceValidator {

    private InstanceValidator() {
    }

    static void validate(Instance instance) {
        if (instance == null) {
            throw new InstanceException("$", "an instance is required");
        }
        int grain = instance.grainMinutes();
        if (grain <= 0 || 60 % grain != 0) {
            throw new InstanceException("grainMinutes", "must be a positive divisor of 60 (e.g. 15)");
        }
        required(instance.interviewers(), "interviewers");
        required(instance.loops(), "loops");
        Set<String> interviewerIds = new HashSet<>();
        for (int i = 0; i < instance.interviewers().size(); i++) {
            interviewer(instance.interviewers().get(i), "interviewers[" + i + "]", interviewerIds);
        }
        Set<String> roundIds = new HashSet<>();
        for (int l = 0; l < instance.loops().size(); l++) {
            loop(instance.loops().get(l), "loops[" + l + "]", grain, interviewerIds, roundIds);
        }
    }

    private static void interviewer(InterviewerSpec spec, String path, Set<String> ids) {
        required(spec, path);
        text(spec.id(), path + ".id");
        if (!ids.add(spec.id())) {
            throw new InstanceException(path + ".id", "duplicate interviewer id '" + spec.id() + "'");
        }
        required(spec.zone(), path + ".zone");
        texts(spec.languages(), path + ".languages");
        texts(spec.roundTypes(), path + ".roundTypes");
        if (spec.maxPerWeek() < 0) {
            throw new InstanceException(path + ".maxPerWeek", "must not be negative");
        }
        required(spec.workStart(), path + ".workHours.start");
        required(spec.workEnd(), path + ".workHours.end");
        if (!spec.workStart().isBefore(spec.workEnd())) {
            throw new InstanceException(path + ".workHours", "start must be before end (same local day)");
        }
        intervals(spec.busy(), path + ".busy");
        intervals(spec.booked(), path + ".booked");
    }

    private static void loop(LoopSpec spec, String path, int grain, Set<String> interviewerIds, Set<String> roundIds) {
        required(spec, path);
        text(spec.candidate(), path + ".candidate");
        required(spec.zone(), path + ".zone");
        text(spec.language(), path + ".language");
        intervals(spec.available(), path + ".available");
        required(spec.excludedInterviewers(), path + ".excludedInterviewers");
        if (spec.minBreakMinutes() < 0) {
            throw new InstanceException(path + ".minBreakMinutes", "must not be negative");
        }
        required(spec.rounds(), path + ".rounds");
        for (int r = 0; r < spec.rounds().size(); r++) {
            RoundSpec round = spec.rounds().get(r);
            String at = path + ".rounds[" + r + "]";
            required(round, at);
            text(round.id(), at + ".id");
            if (!roundIds.add(round.id())) {
                throw new InstanceException(at + ".id", "duplicate round id '" + round.id() + "'");
            }
            text(round.type(), at + ".type");
            if (round.minutes() <= 0 || round.minutes() % grain != 0) {
                throw new InstanceException(at + ".minutes", "must be a positive multiple of grainMinutes");
            }
            placement(round.pinned(), at + ".pinned", grain, interviewerIds);
            placement(round.published(), at + ".published", grain, interviewerIds);
        }
    }

    private static void placement(Placement placement, String path, int grain, Set<String> interviewerIds) {
        if (placement == null) {
            return;
        }
        text(placement.interviewer(), path + ".interviewer");
        if (!interviewerIds.contains(placement.interviewer())) {
            throw new InstanceException(path + ".interviewer", "unknown interviewer '" + placement.interviewer() + "'");
        }
        required(placement.start(), path + ".start");
        if (placement.start().getEpochSecond() % (grain * 60L) != 0 || placement.start().getNano() != 0) {
            throw new InstanceException(path + ".start", "must fall on the " + grain + "-minute grain");
        }
    }

    private static void intervals(List<Interval> intervals, String path) {
        required(intervals, path);
        for (int i = 0; i < intervals.size(); i++) {
            Interval interval = intervals.get(i);
            String at = path + "[" + i + "]";
            required(interval, at);
            required(interval.start(), at + ".start");
            required(interval.end(), at + ".end");
            Instant start = interval.start();
            if (!start.isBefore(interval.end())) {
                throw new InstanceException(at, "start must be before end");
            }
        }
    }

    private static void texts(Set<String> values, String path) {
        required(values, path);
        for (String value : values) {
            text(value, path);
        }
    }

    private static void text(String value, String path) {
        if (value == null || value.isBlank()) {
            throw new InstanceException(path, "is required");
        }
    }

    private static void required(Object value, String path) {
        if (value == null) {
            throw new InstanceException(path, "is required");
        }
    }
}
