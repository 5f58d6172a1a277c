package dev.boucle.scheduling;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.platform.Outbox;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Queues one invitation e-mail with its .ics, in the recipient's language and zone. The candidate's
 * copy names no interviewer's address and carries no internal link; an interviewer's links to the kit.
 */
@Component
class InvitationMail {

    /** Who receives an invitation, and how to write to them. */
    record Recipient(String email, String name, Locale locale, ZoneId zone, Role role) {}

    enum Role { LEAD, SHADOW, CANDIDATE }

    /** One round's event as it now stands. */
    record Event(long roundId, long candidateId, String uid, int sequence, String roundType, String candidateName, String jobTitle, Instant start,
            int minutes) {}

    enum Kind { NEW, UPDATE, CANCEL }

    private final Outbox outbox;
    private final MessageSource messages;
    private final ProcessCatalog catalog;
    private final String from;

    InvitationMail(Outbox outbox, MessageSource messages, ProcessCatalog catalog, @Value("${boucle.mail.from}") String from) {
        this.outbox = outbox;
        this.messages = messages;
        this.catalog = catalog;
        this.from = from;
    }

    void send(Recipient to, Event event, Kind kind) {
        Locale locale = to.locale();
        String round = catalog.current().roundType(event.roundType()).map(t -> t.name().in(locale)).orElse(event.roundType());
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale)
                .withZone(to.zone()).format(event.start()) + " (" + to.zone().getId() + ")";
        String subject = text("sched.mail." + kind.name().toLowerCase(Locale.ROOT) + ".subject", locale, round,
                to.role() == Role.CANDIDATE ? event.jobTitle() : event.candidateName(), when);
        String body = switch (to.role()) {
            case CANDIDATE -> text("sched.mail.candidate.body", locale, to.name(), round, event.jobTitle(), when, event.minutes());
            case LEAD, SHADOW -> text(to.role() == Role.LEAD ? "sched.mail.lead.body" : "sched.mail.shadow.body", locale, to.name(), round,
                    event.candidateName(), event.jobTitle(), when, event.minutes(), "/interviews/" + event.roundId() + "/kit");
        };
        if (kind == Kind.CANCEL) body = text("sched.mail.cancel.body", locale, to.name(), round, when);
        String summary = to.role() == Role.CANDIDATE ? round + " — " + event.jobTitle() : round + " — " + event.candidateName();
        InvitationFile file = new InvitationFile(kind == Kind.CANCEL, event.uid(), event.sequence(), event.start(),
                event.start().plusSeconds(event.minutes() * 60L), summary, to.role() == Role.CANDIDATE ? null : body, from, to.email());
        outbox.about(event.candidateId()).queue(to.email(), subject, body, new Outbox.Attachment(kind == Kind.CANCEL ? "cancel.ics" : "invite.ics",
                file.contentType(), file.bytes()));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
