package dev.boucle.scheduling;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.interviews.Interview;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The proposed plan as the plan page shows it: each round with its interviewer, the time in
 * the candidate's zone and in the interviewer's own, and the value its "change" inputs start
 * from (a local date-time in the candidate's zone); for each unplaced round the message key of
 * the rule that stops it, and the keys of the reasons the loop is spread over days.
 */
public record PlanView(List<Line> lines, List<String> unplaced, List<Reason> reasons, List<String> spread) {

    /** An unplaced round, by name, with the message key of the rule that stops it. */
    public record Reason(String round, String key) {}

    public record Line(long roundId, String round, Long interviewerId, String interviewer, String candidateTime, String interviewerTime,
            String shadow, boolean pinned, String startInput) {}

    static PlanView of(Schedule schedule, List<Interview> rounds, List<InterviewerProfile> people, ZoneId candidateZone,
            HiringProcess process, Locale locale) {
        if (schedule == null || schedule.plan() == null) return new PlanView(List.of(), List.of(), List.of(), List.of());
        Map<Long, InterviewerProfile> byId = people.stream().collect(Collectors.toMap(InterviewerProfile::userId, Function.identity()));
        Map<Long, Interview> byRound = rounds.stream().collect(Collectors.toMap(Interview::id, Function.identity()));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
        List<Line> lines = new ArrayList<>();
        for (ProposedPlan.Slot slot : schedule.plan().slots()) {
            Interview round = byRound.get(slot.roundId());
            InterviewerProfile lead = byId.get(slot.interviewerId());
            InterviewerProfile shadow = slot.shadowId() == null ? null : byId.get(slot.shadowId());
            boolean pinned = schedule.pins().stream().anyMatch(p -> p.roundId() == slot.roundId());
            lines.add(new Line(slot.roundId(), name(round, process, locale), slot.interviewerId(), lead == null ? "#" + slot.interviewerId() : lead.name(),
                    at(slot.start(), candidateZone, format), lead == null ? "" : at(slot.start(), lead.zone(), format),
                    shadow == null ? null : shadow.name(), pinned, LocalDateTime.ofInstant(slot.start(), candidateZone).toString()));
        }
        List<String> unplaced = schedule.plan().unplaced().stream().map(id -> name(byRound.get(id), process, locale)).toList();
        List<Reason> reasons = schedule.plan().why().stream()
                .map(w -> new Reason(name(byRound.get(w.roundId()), process, locale), "sched.why." + w.reason())).toList();
        List<String> spread = schedule.plan().spread().stream().map(s -> "sched.spread." + s.reason()).toList();
        return new PlanView(lines, unplaced, reasons, spread);
    }

    private static String name(Interview round, HiringProcess process, Locale locale) {
        if (round == null) return "?";
        return process.roundType(round.roundType()).map(t -> t.name().in(locale)).orElse(round.roundType());
    }

    private static String at(Instant when, ZoneId zone, DateTimeFormatter format) {
        return format.withZone(zone).format(when) + " " + zone.getId();
    }
}
