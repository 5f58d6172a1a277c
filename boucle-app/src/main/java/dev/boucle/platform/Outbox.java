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

    /** The same, with one file attached (a calendar invitation, for instance). */
    public void queue(String to, String subject, String body, Attachment attachment) {
        jdbc.sql("""
                insert into mail_outbox (to_address, subject, body, attachment_name, attachment_type, attachment)
                values (?, ?, ?, ?, ?, ?)""")
                .params(to, subject, body, attachment.filename(), attachment.contentType(), attachment.bytes()).update();
    }

    /** A file sent with an e-mail; the content type is sent as given (it may carry parameters). */
    public record Attachment(String filename, String contentType, byte[] bytes) {
        public Attachment {
            if (filename.isBlank() || contentType.isBlank()) throw new IllegalArgumentException("attachment without a name or type");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
