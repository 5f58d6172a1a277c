package dev.boucle.scheduling;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.interviews.Interview;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loop's upcoming published interviews as the plan page lists them, each with its "can't make it" form. */
public record PublishedView(long roundId, String round, long interviewerId, String interviewer, String candidateTime) {

    static List<PublishedView> of(List<PublishedRounds.Upcoming> upcoming, List<Interview> rounds, List<InterviewerProfile> people,
            ZoneId candidateZone, HiringProcess process, Locale locale) {
        Map<Long, InterviewerProfile> byId = people.stream().collect(Collectors.toMap(InterviewerProfile::userId, Function.identity()));
        Map<Long, Interview> byRound = rounds.stream().collect(Collectors.toMap(Interview::id, Function.identity()));
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(candidateZone);
        return upcoming.stream().map(u -> {
            Interview round = byRound.get(u.roundId());
            InterviewerProfile lead = byId.get(u.interviewerId());
            String name = round == null ? "#" + u.roundId()
                    : process.roundType(round.roundType()).map(t -> t.name().in(locale)).orElse(round.roundType());
            return new PublishedView(u.roundId(), name, u.interviewerId(), lead == null ? "#" + u.interviewerId() : lead.name(),
                    format.format(u.start()) + " " + candidateZone.getId());
        }).toList();
    }
}
