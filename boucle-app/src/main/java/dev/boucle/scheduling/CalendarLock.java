package dev.boucle.scheduling;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One transaction at a time writes interviews into people's calendars: a candidate's booking, a
 * recruiter's publishing, a re-plan after a decline. Each holds this PostgreSQL advisory lock
 * until it commits, so a booking's re-check reads every interview committed before it, on any
 * node, and two plans that want the same person at the same time cannot both pass. A write takes
 * tens of milliseconds, so one lock costs little; a lock per interviewer would miss the trainee a
 * re-check picks to shadow, and weekly caps that span people's other loops.
 */
@Component
class CalendarLock {

    /** "boucle calendar" as a 64-bit key: no other advisory lock of Boucle's uses it. */
    private static final long KEY = 0x626f75636c65_63aL;
    private final JdbcClient jdbc;

    CalendarLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for the lock and holds it until the caller's transaction ends (re-entrant within it). */
    void hold() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(KEY).query((rs, n) -> 1).single();
    }
}
