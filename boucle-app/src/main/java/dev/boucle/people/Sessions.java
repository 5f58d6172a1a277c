package dev.boucle.people;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a user's page sessions. Sessions live in PostgreSQL (Spring Session JDBC), indexed by
 * the principal's name, which for Boucle is the e-mail address; deleting the rows ends them on
 * every node at once, since no node keeps a session in memory.
 */
@Component
class Sessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    Sessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the user but the one with this id (null: all of them). */
    void endAll(String email, @org.jspecify.annotations.Nullable String keep) {
        for (String id : sessions.findByPrincipalName(email).keySet()) {
            if (!id.equals(keep)) sessions.deleteById(id);
        }
    }
}
