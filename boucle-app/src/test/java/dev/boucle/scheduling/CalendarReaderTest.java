package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.platform.BadInput;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Busy times read from the iCalendar shapes real calendar programs export. */
class CalendarReaderTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final TimeSpan WINTER = new TimeSpan(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"));

    static List<TimeSpan> read(String body, ZoneId zone, TimeSpan window) {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body.replace("\n", "\r\n") + "END:VCALENDAR\r\n";
        return CalendarReader.busy(ics.getBytes(StandardCharsets.UTF_8), zone, window);
    }

    static TimeSpan span(String from, String to) {
        return new TimeSpan(Instant.parse(from), Instant.parse(to));
    }

    @Test
    @DisplayName("a weekly meeting in Paris time repeats on its days, except the excluded date")
    void weeklyWithExdate() {
        List<TimeSpan> busy = read("""
                BEGIN:VEVENT
                UID:weekly@test
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=Europe/Paris:20261207T100000
                DTEND;TZID=Europe/Paris:20261207T110000
                RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=6
                EXDATE;TZID=Europe/Paris:20261209T100000
                END:VEVENT
                """, ZoneId.of("America/New_York"), WINTER);
        assertThat(busy).containsExactly(
                span("2026-12-07T09:00:00Z", "2026-12-07T10:00:00Z"),
                span("2026-12-14T09:00:00Z", "2026-12-14T10:00:00Z"),
                span("2026-12-16T09:00:00Z", "2026-12-16T10:00:00Z"),
                span("2026-12-21T09:00:00Z", "2026-12-21T10:00:00Z"),
                span("2026-12-23T09:00:00Z", "2026-12-23T10:00:00Z"));
    }

    @Test
    @DisplayName("a weekly 10:00 Paris meeting stays at 10:00 local across the spring DST change (09:00Z, then 08:00Z)")
    void acrossDaylightSaving() {
        List<TimeSpan> busy = read("""
                BEGIN:VEVENT
                UID:dst@test
                DTSTAMP:20261101T000000Z
                DTSTART;TZID=Europe/Paris:20270322T100000
                DTEND;TZID=Europe/Paris:20270322T103000
                RRULE:FREQ=WEEKLY;COUNT=2
                END:VEVENT
                """, PARIS, span("2027-03-01T00:00:00Z", "2027-04-15T00:00:00Z"));
        assertThat(busy).containsExactly(span("2027-03-22T09:00:00Z", "2027-03-22T09:30:00Z"),
                span("2027-03-29T08:00:00Z", "2027-03-29T08:30:00Z"));
    }

    @Test
    @DisplayName("an all-day event fills the person's local day; a transparent or cancelled one is ignored; a moved occurrence counts once")
    void allDayTransparentAndOverrides() {
        List<TimeSpan> busy = read("""
                BEGIN:VEVENT
                UID:offsite@test
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261211
                DTEND;VALUE=DATE:20261212
                END:VEVENT
                BEGIN:VEVENT
                UID:birthday@test
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20261215
                DTEND;VALUE=DATE:20261216
                TRANSP:TRANSPARENT
                END:VEVENT
                BEGIN:VEVENT
                UID:cancelled@test
                DTSTAMP:20261101T000000Z
                DTSTART:20261216T140000Z
                DTEND:20261216T150000Z
                STATUS:CANCELLED
                END:VEVENT
                BEGIN:VEVENT
                UID:standup@test
                DTSTAMP:20261101T000000Z
                DTSTART:20261201T080000Z
                DURATION:PT15M
                RRULE:FREQ=DAILY;COUNT=2
                END:VEVENT
                BEGIN:VEVENT
                UID:standup@test
                DTSTAMP:20261101T000000Z
                RECURRENCE-ID:20261202T080000Z
                DTSTART:20261202T130000Z
                DURATION:PT15M
                END:VEVENT
                """, PARIS, WINTER);
        assertThat(busy).containsExactly(
                span("2026-12-01T08:00:00Z", "2026-12-01T08:15:00Z"),
                span("2026-12-02T13:00:00Z", "2026-12-02T13:15:00Z"),
                span("2026-12-10T23:00:00Z", "2026-12-11T23:00:00Z"));
    }

    @Test
    @DisplayName("VFREEBUSY periods marked busy or tentative are busy; free ones are not")
    void freeBusy() {
        List<TimeSpan> busy = read("""
                BEGIN:VFREEBUSY
                UID:fb@test
                DTSTAMP:20261101T000000Z
                DTSTART:20261201T000000Z
                DTEND:20261231T000000Z
                FREEBUSY:20261203T090000Z/20261203T100000Z
                FREEBUSY;FBTYPE=BUSY-TENTATIVE:20261204T120000Z/PT30M
                FREEBUSY;FBTYPE=FREE:20261205T120000Z/20261205T130000Z
                END:VFREEBUSY
                """, PARIS, WINTER);
        assertThat(busy).containsExactly(span("2026-12-03T09:00:00Z", "2026-12-03T10:00:00Z"),
                span("2026-12-04T12:00:00Z", "2026-12-04T12:30:00Z"));
    }

    @Test
    @DisplayName("a malformed file, an oversized one and a runaway rule are refused with the reason, naming the calendar field")
    void refusals() {
        assertThatThrownBy(() -> CalendarReader.busy("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:nonsense\r\n".getBytes(StandardCharsets.UTF_8),
                PARIS, WINTER)).isInstanceOfSatisfying(BadInput.class, e -> {
                    assertThat(e.messageKey()).startsWith("sched.ics.");
                    assertThat(e.fieldErrors()).containsKey("calendar");
                });
        assertThatThrownBy(() -> CalendarReader.busy(new byte[CalendarReader.MAX_BYTES + 1], PARIS, WINTER))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("sched.ics.too-large"));
        assertThatThrownBy(() -> read("""
                BEGIN:VEVENT
                UID:runaway@test
                DTSTAMP:20261101T000000Z
                DTSTART:20261201T000000Z
                DURATION:PT1M
                RRULE:FREQ=MINUTELY
                END:VEVENT
                """, PARIS, WINTER)).isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("sched.ics.frequency"));
    }

    @Test
    @DisplayName("a feed address on a private or loopback network is refused unless its host is trusted; plain http too")
    void feedAddresses() {
        assertThatThrownBy(() -> FeedAddress.parse("https://127.0.0.1/cal.ics", java.util.Set.of("10.1.2.3")))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("sched.feed.private"));
        assertThatThrownBy(() -> FeedAddress.parse("https://10.1.2.3/cal.ics", java.util.Set.of()))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("sched.feed.private"));
        assertThatThrownBy(() -> FeedAddress.parse("http://127.0.0.1/cal.ics", java.util.Set.of()))
                .isInstanceOfSatisfying(BadInput.class, e -> assertThat(e.messageKey()).isEqualTo("sched.feed.https"));
        assertThat(FeedAddress.parse("http://127.0.0.1:8123/cal.ics?token=s3cret", java.util.Set.of("127.0.0.1")).uri().getPort()).isEqualTo(8123);
        assertThat(FeedAddress.shown("https://calendar.example.com/private-abcdef0123456789/basic.ics?token=s3cret"))
                .doesNotContain("s3cret").doesNotContain("abcdef0123456789");
    }
}
