package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.BoucleIntegrationTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox sends an attached file as its own MIME part, with the content type it was given. */
class OutboxAttachmentTest extends BoucleIntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("an e-mail queued with a calendar attachment arrives with the text and a text/calendar part that parses back")
    void calendarAttachment() throws Exception {
        String to = unique("att") + "@example.com";
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x@t\r\n"
                + "DTSTAMP:20261201T000000Z\r\nDTSTART:20261207T090000Z\r\nDTEND:20261207T100000Z\r\nSUMMARY:Entretien é\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        tx.executeWithoutResult(s -> outbox.about(42L).queue(to, "Invitation", "See the attached invitation.",
                new Outbox.Attachment("invite.ics", "text/calendar; method=REQUEST; charset=UTF-8", ics.getBytes(StandardCharsets.UTF_8))));
        List<MimeMessage> received = mailTo(to, 1);
        assertThat(received).hasSize(1);
        Multipart parts = (Multipart) received.getFirst().getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("See the attached invitation.");
        BodyPart calendar = parts.getBodyPart(1);
        assertThat(calendar.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        assertThat(calendar.getFileName()).isEqualTo("invite.ics");
        Calendar parsed = new CalendarBuilder().build(new ByteArrayInputStream(calendar.getInputStream().readAllBytes()));
        assertThat(parsed.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(parsed.toString()).contains("Entretien é");
    }
}
