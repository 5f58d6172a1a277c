package dev.boucle.platform;

import org.jspecify.annotations.Nullable;
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

    /** A mail about no candidate (a test message, an account's own mail). */
    public void queue(String to, String subject, String body) {
        insert(null, to, subject, body, null);
    }

    /**
     * Mail about one candidate, whoever receives it: filed under the candidate so that their
     * erasure removes it too, including a panel's invitation that names them.
     */
    public About about(long candidateId) {
        return new About(candidateId);
    }

    /** The outbox for mail about one candidate. */
    public final class About {
        private final long candidateId;

        private About(long candidateId) {
            this.candidateId = candidateId;
        }

        public void queue(String to, String subject, String body) {
            insert(candidateId, to, subject, body, null);
        }

        /** The same, with one file attached (a calendar invitation, for instance). */
        public void queue(String to, String subject, String body, Attachment attachment) {
            insert(candidateId, to, subject, body, attachment);
        }
    }

    private void insert(@Nullable Long candidateId, String to, String subject, String body, @Nullable Attachment attachment) {
        jdbc.sql("""
                insert into mail_outbox (candidate_id, to_address, subject, body, attachment_name, attachment_type, attachment)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(candidateId, to, subject, body, attachment == null ? null : attachment.filename(),
                        attachment == null ? null : attachment.contentType(), attachment == null ? null : attachment.bytes())
                .update();
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
