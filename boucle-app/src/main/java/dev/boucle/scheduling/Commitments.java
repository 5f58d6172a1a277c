package dev.boucle.scheduling;

import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.PanelRound;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.RoundId;
import dev.boucle.interviews.InterviewCalendar;
import dev.boucle.interviews.PlannedInterview;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the scheduler must know of other modules' rows: who is already booked on another
 * interview, and who already met a candidate. Interviews in the window come from the interviews
 * module's calendar, their panels from hiring's, each in one batch, so a solve asks three
 * queries whatever the number of interviewers.
 */
@Repository
class Commitments {

    private final InterviewCalendar calendar;
    private final Panels panels;
    private final JdbcClient jdbc;

    Commitments(InterviewCalendar calendar, Panels panels, JdbcClient jdbc) {
        this.calendar = calendar;
        this.panels = panels;
        this.jdbc = jdbc;
    }

    /** An interview in the window with its round, when that round is not waived. */
    private record Sitting(PlannedInterview interview, PanelRound round) {
        TimeSpan span() {
            return new TimeSpan(interview.start(), interview.end());
        }
    }

    private List<Sitting> sittings(TimeSpan window, Collection<Long> except) {
        List<PlannedInterview> planned = calendar.between(window.start(), window.end()).stream()
                .filter(i -> !except.contains(i.round().value())).toList();
        Map<RoundId, PanelRound> rounds = panels.rounds(planned.stream().map(PlannedInterview::round).toList()).stream()
                .collect(Collectors.toMap(PanelRound::round, Function.identity()));
        List<Sitting> sittings = new ArrayList<>();
        for (PlannedInterview i : planned) {
            PanelRound r = rounds.get(i.round());
            if (r != null && r.status() != Round.Status.WAIVED) sittings.add(new Sitting(i, r));
        }
        return sittings;
    }

    /** Interviews (planned by hand or published) each person sits on in the window, other than {@code except}'s rounds. */
    Map<Long, List<TimeSpan>> booked(Collection<Long> users, TimeSpan window, Collection<Long> except) {
        if (users.isEmpty()) return Map.of();
        Set<Long> wanted = Set.copyOf(users);
        Map<Long, List<TimeSpan>> booked = new HashMap<>();
        for (Sitting s : sittings(window, Set.copyOf(except))) {
            for (long user : s.round().panel()) {
                if (wanted.contains(user)) booked.computeIfAbsent(user, u -> new ArrayList<>()).add(s.span());
            }
        }
        return booked;
    }

    /** Everyone on the panel of another round of this candidate, in any application: they have met them. */
    List<Long> metCandidate(long candidateId, Collection<Long> except) {
        Set<Long> met = new LinkedHashSet<>();
        for (PanelRound r : panels.ofCandidate(new CandidateId(candidateId))) {
            if (r.status() != Round.Status.WAIVED && !except.contains(r.round().value())) met.addAll(r.panel());
        }
        return List.copyOf(met);
    }

    /**
     * An interview in someone's week, with what the week view shows of it; {@code invited}: the
     * published invitation names this person (as lead or shadow), so they may decline it.
     */
    record Booking(long userId, long roundId, long applicationId, String roundType, String candidateName, TimeSpan span, boolean invited) {}

    List<Booking> bookings(Collection<Long> users, TimeSpan window) {
        if (users.isEmpty()) return List.of();
        Set<Long> wanted = Set.copyOf(users);
        List<Sitting> sittings = sittings(window, Set.of());
        Set<String> invited = invited(sittings.stream().map(s -> s.round().round().value()).toList());
        List<Booking> bookings = new ArrayList<>();
        for (Sitting s : sittings) {
            for (long user : s.round().panel()) {
                if (!wanted.contains(user)) continue;
                long round = s.round().round().value();
                bookings.add(new Booking(user, round, s.interview().application().value(), s.round().type(),
                        s.round().candidateName(), s.span(), invited.contains(round + ":" + user)));
            }
        }
        bookings.sort(Comparator.comparing((Booking b) -> b.span().start()).thenComparingLong(Booking::roundId)
                .thenComparingLong(Booking::userId));
        return bookings;
    }

    /** "round:user" for everyone a published invitation names, as lead or shadow. */
    private Set<String> invited(List<Long> roundIds) {
        if (roundIds.isEmpty()) return Set.of();
        Set<String> invited = new HashSet<>();
        jdbc.sql("select round_id, interviewer_id, shadow_id from invitations where round_id = any(?) and starts_at is not null")
                .param(roundIds.toArray(Long[]::new)).query(rs -> {
                    long round = rs.getLong(1);
                    long lead = rs.getLong(2);
                    if (!rs.wasNull()) invited.add(round + ":" + lead);
                    long shadow = rs.getLong(3);
                    if (!rs.wasNull()) invited.add(round + ":" + shadow);
                });
        return invited;
    }
}
