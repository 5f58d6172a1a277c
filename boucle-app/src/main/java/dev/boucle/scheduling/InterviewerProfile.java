package dev.boucle.scheduling;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * What the scheduler knows of one interviewer: where and when they work, which rounds in which
 * languages they can run, how many a week at most, and whether they are a trainee (who shadows,
 * never leads). The feed's address is a secret: only its host and path are ever shown.
 */
public record InterviewerProfile(long userId, String name, String email, String office, ZoneId zone, Set<String> languages,
        Set<String> roundTypes, LocalTime workStart, LocalTime workEnd, int maxPerWeek, boolean trainee, boolean configured,
        String feed, Instant feedCheckedAt, String feedError) {

    public InterviewerProfile {
        languages = Set.copyOf(languages);
        roundTypes = Set.copyOf(roundTypes);
    }
}
