package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationMoved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Interviews' reaction to hiring's moves: once an application is closed (rejected, withdrawn,
 * hired), its interviews need no more scorecard reminders, so they leave the reminder poll at
 * once instead of being looked at when they end. Idempotent, as a listener of the publication
 * registry must be (an event may be handed over again after a crash).
 */
@Component
class ClosedApplications {

    private final JdbcClient jdbc;

    ClosedApplications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ApplicationMoved moved) {
        if (!moved.to().status().closed()) return;
        jdbc.sql("update interviews set reminders_settled = true where application_id = ? and not reminders_settled")
                .param(moved.application().value()).update();
    }
}
