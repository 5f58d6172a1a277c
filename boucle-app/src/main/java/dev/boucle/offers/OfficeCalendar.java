package dev.boucle.offers;

import dev.boucle.hiring.process.Office;
import dev.boucle.hiring.process.ProcessCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What day it is in an office: respond-by dates are calendar dates where the offer was made, so
 * "7 days" and "has passed" are counted in the office's time zone, not the server's.
 */
@Component
class OfficeCalendar {

    private final ProcessCatalog catalog;
    private final Clock clock;

    OfficeCalendar(ProcessCatalog catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    LocalDate today(String office) {
        return LocalDate.ofInstant(clock.instant(), zone(office));
    }

    /** The date in every office of the process at {@code now}. */
    Map<String, LocalDate> todayEverywhere(Instant now) {
        Map<String, LocalDate> days = new LinkedHashMap<>();
        for (Office o : catalog.current().offices()) days.put(o.key(), LocalDate.ofInstant(now, o.zone()));
        return days;
    }

    // An offer outlives a process that dropped its office: it then counts in UTC rather than failing.
    private ZoneId zone(String office) {
        return catalog.current().offices().stream().filter(o -> o.key().equals(office)).findFirst().map(Office::zone)
                .orElse(ZoneOffset.UTC);
    }
}
