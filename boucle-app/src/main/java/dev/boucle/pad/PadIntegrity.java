package dev.boucle.pad;

import dev.boucle.hiring.RoundId;
import dev.boucle.hiring.process.AiPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * A round's integrity summary: what the pad saw that falls outside the round's AI-tool policy,
 * as signals for the interviewer and the committee to weigh with the candidate's explanation. It
 * never concludes and never moves the application: a paste may be the candidate's own snippet
 * from earlier in the round, a lost focus a second monitor. No access check (callers check).
 */
@Service
public class PadIntegrity {

    /** Away from the page this long is a long absence. */
    static final long LONG_ABSENCE_MS = 60_000;

    /** One signal: a message key of the pad bundle and its arguments. */
    public record Signal(String key, List<Object> args) {}

    /** The summary; {@code watched} is false under ASSISTED, where the pad records no signals. */
    public record Summary(AiPolicy policy, boolean watched, List<Signal> signals, int runs) {}

    private final PadStore store;

    PadIntegrity(PadStore store) {
        this.store = store;
    }

    /** The summary of a round whose live pad was used; empty otherwise. */
    public Optional<Summary> of(RoundId round, AiPolicy policy) {
        if (store.find(round.value()).isEmpty()) return Optional.empty();
        List<PadEvent> events = all(round.value());
        int pastes = 0, pasted = 0, largestPaste = 0, large = 0, largestInsert = 0, focusLost = 0, longAway = 0;
        int refusedAssist = 0, assist = 0, runs = 0;
        long away = 0, longest = 0;
        for (PadEvent e : events) {
            switch (e.kind()) {
                case PASTE -> {
                    int size = e.data().path("size").asInt(0);
                    pastes++;
                    pasted += size;
                    largestPaste = Math.max(largestPaste, size);
                }
                case LARGE_INSERTION -> {
                    large++;
                    largestInsert = Math.max(largestInsert, e.data().path("size").asInt(0));
                }
                case FOCUS_LOST -> focusLost++;
                case FOCUS_BACK -> {
                    long ms = e.data().path("awayMs").asLong(0);
                    away += ms;
                    longest = Math.max(longest, ms);
                    if (ms >= LONG_ABSENCE_MS) longAway++;
                }
                case ASSIST_PROMPT -> {
                    if (e.data().has("refused")) refusedAssist++;
                    else assist++;
                }
                case RUN -> runs++;
                default -> { }
            }
        }
        List<Signal> signals = new ArrayList<>();
        boolean watched = policy != AiPolicy.ASSISTED;
        if (pastes > 0) signals.add(new Signal("pad.signal.pastes", List.of(pastes, pasted, largestPaste)));
        if (large > 0) signals.add(new Signal("pad.signal.large", List.of(large, LivePads.LARGE_INSERTION, largestInsert)));
        if (focusLost > 0) signals.add(new Signal("pad.signal.focus", List.of(focusLost, seconds(away), seconds(longest))));
        if (longAway > 0) signals.add(new Signal("pad.signal.absences", List.of(longAway, seconds(LONG_ABSENCE_MS))));
        if (refusedAssist > 0 && policy == AiPolicy.UNAIDED) signals.add(new Signal("pad.signal.assist-refused", List.of(refusedAssist)));
        if (assist > 0 && policy == AiPolicy.CALIBRATED) signals.add(new Signal("pad.signal.assist-calibrated", List.of(assist)));
        return Optional.of(new Summary(policy, watched, signals, runs));
    }

    private List<PadEvent> all(long roundId) {
        List<PadEvent> out = new ArrayList<>();
        long after = 0;
        while (true) {
            List<PadEvent> page = store.eventsAfter(roundId, after, false, PadStore.PAGE);
            out.addAll(page);
            if (page.size() < PadStore.PAGE) return out;
            after = page.getLast().seq();
        }
    }

    private static long seconds(long ms) {
        return Math.round(ms / 1000.0);
    }
}
