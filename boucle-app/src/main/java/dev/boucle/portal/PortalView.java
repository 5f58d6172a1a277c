package dev.boucle.portal;

import dev.boucle.scheduling.SelfScheduling;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the candidate's page and {@code GET /api/v1/portal/me} show, already in the candidate's
 * language and zone (times are given in UTC and as local text). Public because the page
 * templates read it; nothing here is staff-only: no scores, no notes, no reasons, no e-mails.
 */
public final class PortalView {

    private PortalView() {}

    /** {@code talentPool}: the candidate agreed to be kept in the talent pool once this process ends. */
    public record Me(Person candidate, List<App> applications, @Nullable Notice notice, boolean talentPool, ComputedSignals computed) {}

    /**
     * The computed signals in the candidate's process (AI Act Art. 26(11)): what each is, how it is
     * used, that a person decides, and that they may ask for an explanation.
     */
    public record ComputedSignals(int noticeVersion, List<Signal> signals, String humanDecides, String explanation) {}

    public record Signal(String key, String what, String how) {}

    /**
     * The candidate as their page greets them. Their address and phone are not echoed: a forwarded
     * link would show them to whoever holds it (the correction form leaves those fields empty).
     */
    public record Person(String name, String locale, String zone) {}

    /** One application: where it stands in the loop, when it should end, its interviews, what the candidate can plan. */
    public record App(long id, String jobTitle, String office, String track, String trackName, String status, String stage,
            String stageName, List<StageLine> stages, @Nullable Expected expected, List<Meeting> interviews,
            SelfScheduling.Status scheduling, boolean canWithdraw) {

        public boolean plannable() {
            return scheduling.state() == SelfScheduling.State.READY
                    || (scheduling.state() == SelfScheduling.State.BOOKED && scheduling.rescheduleUntil() != null);
        }
    }

    /** {@code state}: DONE, CURRENT, NEXT or LATER; {@code from}/{@code to}: the weeks the stage should take, as dates. */
    public record StageLine(String stage, String name, String state, @Nullable LocalDate from, @Nullable LocalDate to) {}

    /** When the whole loop should be over, from the process file's weeks per stage. */
    public record Expected(LocalDate earliest, LocalDate latest) {}

    /** An interview of theirs: {@code start}/{@code end} in UTC, {@code local} as text in their zone. */
    public record Meeting(long roundId, String stage, String roundType, String name, int minutes, @Nullable Instant start,
            @Nullable Instant end, @Nullable String local, String zone, @Nullable String mode, String language, String aiPolicy,
            String policy, List<String> panel) {}

    /** An offered plan as the candidate reads it: {@code changes} counts rounds a reschedule would move. */
    public record Plan(String planId, String stage, Instant expiresAt, int changes, List<PlanSlot> slots) {}

    public record PlanSlot(long roundId, String roundType, String name, Instant start, Instant end, String local) {}

    public record Notice(String office, String region, List<Section> sections) {}

    public record Section(String title, String body) {}

    /** A track's preparation page: its own themes, then each round type of its loop with the track's focus. */
    public record TrackGuide(String track, String name, String intro, List<Section> themes, List<RoundGuide> rounds) {}

    public record RoundGuide(String type, String name, String stage, String focus, String assesses, List<String> prepare,
            String onTheDay, String aiPolicy, String policy) {}
}
