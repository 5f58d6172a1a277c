package dev.boucle.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Queues an e-mail in the caller's transaction: it is sent only if that transaction commits,
 * and it survives a crash or an SMTP outage (the {@link OutboxWorker} retries it).
 */
@Component
public class Outbox {

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void queue(String to, String subject, String body) {
        jdbc.sql("insert into mail_outbox (to_address, subject, body) values (?, ?, ?)").params(to, subject, body).update();
    }
}
