package dev.boucle.platform;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued e-mails. Rows are claimed with FOR UPDATE SKIP LOCKED, so several Boucle hosts
 * can drain one outbox without sending a message twice; a failure backs off and retries. The
 * drain itself runs on one node at a time ({@link OncePerCluster}), so the others do not poll
 * for nothing. Each batch commits as it goes: a mail marked sent is never sent again.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 20;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate tx;
    private final OncePerCluster cluster;
    private final String from;
    private final boolean configured;

    OutboxWorker(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, TransactionTemplate tx, OncePerCluster cluster,
            @Value("${boucle.mail.from}") String from, @Value("${spring.mail.host:}") String host) {
        this.configured = !host.isBlank();
        this.jdbc = jdbc;
        this.mail = mail;
        this.tx = tx;
        this.cluster = cluster;
        this.from = from;
    }

    private record Pending(long id, String to, String subject, String body, int attempts, Outbox.Attachment attachment) {}

    @Scheduled(fixedDelayString = "${boucle.mail.poll-ms}", initialDelayString = "${boucle.mail.poll-ms}")
    public void drain() {
        JavaMailSender sender = configured ? mail.getIfAvailable() : null;
        if (sender == null) return; // no SMTP configured (BOUCLE_SMTP_HOST): messages wait in the outbox
        // One node drains at a time (the rows are locked too, so even two drains never send one mail twice).
        cluster.run("mail-outbox", () -> {
            Integer sent;
            do {
                sent = tx.execute(status -> sendBatch(sender));
            } while (sent != null && sent == BATCH);
        });
    }

    private int sendBatch(JavaMailSender sender) {
        List<Pending> batch = jdbc.sql("""
                select id, to_address, subject, body, attempts, attachment_name, attachment_type, attachment from mail_outbox
                where sent_at is null and next_try_at <= now() and attempts < 10
                order by id limit ? for update skip locked""")
                .param(BATCH).query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getString(6) == null ? null : new Outbox.Attachment(rs.getString(6), rs.getString(7), rs.getBytes(8))))
                .list();
        for (Pending p : batch) {
            try {
                if (p.attachment() == null) sender.send(plain(p));
                else sender.send(withAttachment(sender, p));
                jdbc.sql("update mail_outbox set sent_at = now(), attempts = attempts + 1 where id = ?").param(p.id()).update();
            } catch (RuntimeException e) {
                Duration backoff = Duration.ofSeconds(30L << Math.min(p.attempts(), 8));
                jdbc.sql("update mail_outbox set attempts = attempts + 1, last_error = ?, next_try_at = now() + ? * interval '1 second' where id = ?")
                        .params(String.valueOf(e.getMessage()), backoff.toSeconds(), p.id()).update();
                log.warn("E-mail {} not sent (attempt {}): {}", p.id(), p.attempts() + 1, e.getMessage());
            }
        }
        return batch.size();
    }

    private SimpleMailMessage plain(Pending p) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(p.to());
        message.setSubject(p.subject());
        message.setText(p.body());
        return message;
    }

    private MimeMessage withAttachment(JavaMailSender sender, Pending p) {
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(from);
            helper.setTo(p.to());
            helper.setSubject(p.subject());
            helper.setText(p.body());
            helper.addAttachment(p.attachment().filename(),
                    new ByteArrayDataSource(p.attachment().bytes(), p.attachment().contentType()));
            return message;
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
    }
}
