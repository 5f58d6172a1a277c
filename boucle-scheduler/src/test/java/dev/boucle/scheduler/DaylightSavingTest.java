package dev.boucle.scheduler;

import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Paris interviewer (09:00-18:00 Paris) and a New York candidate free 11:00-14:00 New York time.
 * Europe and the US change clocks on different Sundays, so the hours they share move: in the weeks
 * of 2026-03-09 (US already on summer time, Europe not) and 2026-10-26 (Europe back on winter
 * time, US not) Paris is 5 hours ahead of New York, otherwise 6. The earliest start that suits both
 * follows.
 */
class DaylightSavingTest {

    @ParameterizedTest(name = "{0}: earliest start {1} UTC")
    @CsvSource({
        "2026-02-24, 2026-02-24T16:00",   // both on winter time: 11:00 New York = 17:00 Paris
        "2026-03-10, 2026-03-10T15:00",   // New York on summer time only: 11:00 New York = 16:00 Paris
        "2026-10-27, 2026-10-27T15:00",   // Paris back on winter time, New York not yet
        "2026-11-03, 2026-11-03T16:00",   // both on winter time again
    })
    void theSharedHoursFollowEachZonesOwnClockChange(LocalDate day, String earliest) {
        ZoneId newYork = ZoneId.of("America/New_York");
        Interval available = new Interval(day.atTime(LocalTime.of(11, 0)).atZone(newYork).toInstant(),
                day.atTime(LocalTime.of(14, 0)).atZone(newYork).toInstant());
        Instance instance = new Instance(15, List.of(person("paris", "Europe/Paris", "CODING")),
                List.of(new LoopSpec("ny", newYork, "en", List.of(available), Set.of(), 15, List.of(round("r", "CODING", 60)))));

        Plan greedy = Scheduler.greedy(instance);
        assertThat(greedy.assignments()).singleElement().extracting(Assignment::start).isEqualTo(Fixtures.utc(earliest));

        Plan solved = Scheduler.solve(instance, Duration.ofSeconds(1), p -> { });
        assertThat(solved.score().hard()).isZero();
        Assignment a = solved.assignments().getFirst();
        LocalTime parisEnd = a.end().atZone(ZoneId.of("Europe/Paris")).toLocalTime();
        assertThat(parisEnd).isBeforeOrEqualTo(LocalTime.of(18, 0));
        assertThat(a.start().atZone(newYork).toLocalTime()).isAfterOrEqualTo(LocalTime.of(11, 0));
    }
}
