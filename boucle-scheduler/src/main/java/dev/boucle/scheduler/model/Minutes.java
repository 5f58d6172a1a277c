package dev.boucle.scheduler.model;

import java.time.Instant;

/** The solver's clock: whole UTC minutes since the epoch. Instants are converted only at the edges. */
public final class Minutes {

    private Minutes() {
    }

    public static long of(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), 60);
    }

    public static long ceil(Instant instant) {
        long floor = of(instant);
        return floor * 60 == instant.getEpochSecond() && instant.getNano() == 0 ? floor : floor + 1;
    }

    public static Instant instant(long minute) {
        return Instant.ofEpochSecond(minute * 60);
    }
}
