package dev.boucle.scheduler.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Local days, weeks and windows, across the clock changes of 2026. */
class ZoneTest {

    private final Zone paris = new Zone(ZoneId.of("Europe/Paris"));
    private final Zone newYork = new Zone(ZoneId.of("America/New_York"));

    private static long at(String instant) {
        return Minutes.of(Instant.parse(instant));
    }

    @Test
    void theIsoWeekTurnsAtLocalMidnightOnMonday() {
        // Sunday 2026-12-06 23:30 UTC is already Monday 00:30 in Paris, still Sunday in New York.
        long lateSunday = at("2026-12-06T23:30:00Z");
        assertThat(paris.isoWeek(lateSunday)).isEqualTo(paris.isoWeek(at("2026-12-07T12:00:00Z")));
        assertThat(newYork.isoWeek(lateSunday)).isEqualTo(newYork.isoWeek(at("2026-12-04T12:00:00Z")));
        assertThat(paris.dayOfWeek(lateSunday)).isZero();
        assertThat(newYork.dayOfWeek(lateSunday)).isEqualTo(6);
    }

    @Test
    void theOffsetFollowsEachClockChange() {
        // Europe moves to summer time on 2026-03-29 at 01:00 UTC, and back on 2026-10-25 at 01:00 UTC.
        assertThat(paris.localMinute(at("2026-03-29T00:59:00Z")) - at("2026-03-29T00:59:00Z")).isEqualTo(60);
        assertThat(paris.localMinute(at("2026-03-29T01:00:00Z")) - at("2026-03-29T01:00:00Z")).isEqualTo(120);
        assertThat(paris.localMinute(at("2026-10-25T01:00:00Z")) - at("2026-10-25T01:00:00Z")).isEqualTo(60);
        // Asked out of order, the remembered period must not leak into another one.
        assertThat(newYork.localMinute(at("2026-03-09T12:00:00Z")) - at("2026-03-09T12:00:00Z")).isEqualTo(-240);
        assertThat(newYork.localMinute(at("2026-02-09T12:00:00Z")) - at("2026-02-09T12:00:00Z")).isEqualTo(-300);
        assertThat(newYork.localMinute(at("2026-11-02T12:00:00Z")) - at("2026-11-02T12:00:00Z")).isEqualTo(-300);
    }

    @Test
    void minutesOutsideALocalWindowUseTheLocalClock() {
        // 09:00-18:00 in Paris: 08:00-17:00 UTC in the week of 2026-10-26 (UTC+1 again), 07:00-16:00 UTC the week before.
        assertThat(paris.minutesOutside(at("2026-10-27T16:30:00Z"), at("2026-10-27T17:30:00Z"), 540, 1080)).isEqualTo(30);
        assertThat(paris.minutesOutside(at("2026-10-20T16:30:00Z"), at("2026-10-20T17:30:00Z"), 540, 1080)).isEqualTo(60);
        assertThat(paris.minutesOutside(at("2026-10-20T14:30:00Z"), at("2026-10-20T15:30:00Z"), 540, 1080)).isZero();
    }
}
