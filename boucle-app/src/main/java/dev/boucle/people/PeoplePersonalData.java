package dev.boucle.people;

import dev.boucle.platform.DataSubject;
import dev.boucle.platform.ErasingCandidate;
import dev.boucle.platform.PersonalDataSection;
import dev.boucle.platform.Rows;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people holds on a candidate, who has no account: the failed sign-ins typed with their
 * address on the staff's sign-in page (kept a day for throttling). Erasure replaces the address
 * with one no account can have, so the rows still count against the client address that made
 * them (the per-address throttle is unchanged) but no longer lead to the person.
 */
@Component
class PeoplePersonalData implements PersonalDataSection {

    /** What an erased address becomes: not an address at all, so no account's failures are ever counted under it. */
    static final String ERASED = "[erased]";
    private final JdbcClient jdbc;

    PeoplePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "signIns";
    }

    @Override
    public Object export(DataSubject subject) {
        return jdbc.sql("select at, address from sign_in_failures where email = ? order by id").param(Users.normalise(subject.email()))
                .query((rs, n) -> Rows.of(rs)).list();
    }

    @EventListener
    void erase(ErasingCandidate event) {
        jdbc.sql("update sign_in_failures set email = ? where email = ?").params(ERASED, Users.normalise(event.subject().email())).update();
    }
}
