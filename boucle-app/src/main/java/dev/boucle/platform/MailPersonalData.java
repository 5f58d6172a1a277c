package dev.boucle.platform;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mail about a candidate, sent or waiting: every message filed under them, whoever it went to,
 * and any addressed to them (filed or not). Erasure deletes the copies Boucle keeps; what has left
 * for other mailboxes is beyond its reach, which the export and the notice say.
 */
@Component
class MailPersonalData implements PersonalDataSection {

    private static final String ABOUT = "candidate_id = ? or lower(to_address) = lower(?)";
    private final JdbcClient jdbc;

    MailPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "mail";
    }

    @Override
    public Object export(DataSubject subject) {
        return jdbc.sql("select to_address, subject, body, attachment_name, created_at, sent_at from mail_outbox where " + ABOUT
                + " order by id").params(subject.candidateId(), subject.email()).query((rs, n) -> Rows.of(rs)).list();
    }

    @EventListener
    void erase(ErasingCandidate event) {
        jdbc.sql("delete from mail_outbox where " + ABOUT).params(event.subject().candidateId(), event.subject().email()).update();
    }
}
