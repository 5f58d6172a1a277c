package dev.boucle.scheduling;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the scheduling module (application.properties says what each one is for).
 *
 * @param solveLimit        how long "plan this loop" may search before it returns its best plan
 * @param replanLimit       how long a re-plan after a decline may search (the caller waits for it)
 * @param solverThreads     solves running at once on this host; more wait in line
 * @param horizonDays       how far ahead calendars are read and loops may be planned
 * @param minBreakMinutes   the candidate's least break between two rounds
 * @param feedRefreshMinutes how old a calendar feed's copy may get before it is read again
 * @param feedTrustedHosts  host names (or addresses, as written in feed URLs) whose feeds may be on a private
 *                          network and over plain http: an intranet calendar server, or a test's local one
 * @param selfService       what candidates may do themselves from their portal
 */
@ConfigurationProperties("boucle.scheduling")
record SchedulingSettings(Duration solveLimit, Duration replanLimit, int solverThreads, int horizonDays, int minBreakMinutes,
        int feedRefreshMinutes, java.util.Set<String> feedTrustedHosts, SelfService selfService) {

    /**
     * @param plans           how many alternative plans a candidate is offered at most (at least two are looked for)
     * @param days            how many days ahead plans are looked for when the candidate gave no availability
     * @param rescheduleHours a booked stage may be moved by the candidate until this many hours before its first round
     * @param planMinutes     how long an offered plan may be booked before it must be asked for again
     * @param holdMinutes     how long an offer's slots are kept out of other candidates' offers (0: not at all)
     */
    record SelfService(int plans, int days, int rescheduleHours, int planMinutes, int holdMinutes) {
        SelfService {
            if (holdMinutes < 0) holdMinutes = 5;
            if (plans < 2) plans = 5;
            if (days <= 0) days = 21;
            if (rescheduleHours < 0) rescheduleHours = 48;
            if (planMinutes <= 0) planMinutes = 30;
        }
    }


    SchedulingSettings {
        if (solveLimit == null) solveLimit = Duration.ofSeconds(20);
        if (replanLimit == null) replanLimit = Duration.ofSeconds(5);
        if (solverThreads <= 0) solverThreads = 1;
        if (horizonDays <= 0) horizonDays = 90;
        if (minBreakMinutes < 0) minBreakMinutes = 15;
        if (feedRefreshMinutes <= 0) feedRefreshMinutes = 30;
        feedTrustedHosts = feedTrustedHosts == null ? java.util.Set.of()
                : feedTrustedHosts.stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).filter(h -> !h.isEmpty())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet());
        if (selfService == null) selfService = new SelfService(5, 21, 48, 30, 5);
    }
}
