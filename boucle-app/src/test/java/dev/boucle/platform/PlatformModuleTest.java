package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.ModuleTestSupport;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Platform alone (it depends on no module): the database, its migrations and the mail outbox run
 * without any feature module, and a queued message reaches a real SMTP server.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.STANDALONE, verifyAutomatically = false)
class PlatformModuleTest extends ModuleTestSupport {

    static final GreenMail MAIL = BoucleIntegrationTest.startMail();

    private static List<MimeMessage> to(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().contains(address))) found.add(m);
        }
        return found;
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        registry.add("boucle.mail.poll-ms", () -> "200");
    }

    @AfterAll
    static void stop() {
        MAIL.stop();
    }

    @Autowired Outbox outbox;
    @Autowired TransactionTemplate tx;

    @Test
    void aMessageQueuedInATransactionIsDeliveredAfterItCommits() throws Exception {
        tx.executeWithoutResult(status -> outbox.queue("platform-module@example.com", "Hello from the outbox", "Body, é."));

        assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage received = to("platform-module@example.com").getFirst();
        assertThat(received.getSubject()).isEqualTo("Hello from the outbox");
    }

    @Test
    void aMessageQueuedInATransactionThatRollsBackIsNeverSent() throws Exception {
        int before = MAIL.getReceivedMessages().length;
        tx.executeWithoutResult(status -> {
            outbox.queue("rolled-back@example.com", "Never", "Never sent");
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status -> outbox.queue("after-rollback@example.com", "Sent", "Sent"));

        assertThat(MAIL.waitForIncomingEmail(10_000, before + 1)).isTrue();
        assertThat(to("rolled-back@example.com")).isEmpty();
    }
}
