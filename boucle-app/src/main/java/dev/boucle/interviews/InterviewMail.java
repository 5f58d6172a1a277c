package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.Outbox;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the interviews module, each in its recipient's language. They go through the
 * outbox, so they leave only if the change that caused them commits.
 */
@Component
class InterviewMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final ProcessCatalog catalog;

    InterviewMail(Outbox outbox, MessageSource messages, ProcessCatalog catalog) {
        this.outbox = outbox;
        this.messages = messages;
        this.catalog = catalog;
    }

    void assigned(CurrentUser to, ApplicationDetails.Details app, Round round) {
        Locale locale = Locale.forLanguageTag(to.locale());
        String type = roundName(round.type(), locale);
        outbox.about(app.candidate().id()).queue(to.email(), text("mail.assigned.subject", locale, type, app.candidate().name()),
                text("mail.assigned.body", locale, to.name(), type, app.candidate().name(), app.job().title(),
                        "/interviews/" + round.id() + "/kit"));
    }

    void panelComplete(CurrentUser to, ApplicationDetails.Details app, StageKind stage) {
        Locale locale = Locale.forLanguageTag(to.locale());
        String stageName = messages.getMessage(stage.messageKey(), null, locale);
        outbox.about(app.candidate().id()).queue(to.email(), text("mail.panel-complete.subject", locale, stageName, app.candidate().name()),
                text("mail.panel-complete.body", locale, to.name(), stageName, app.candidate().name(), app.job().title(),
                        "/candidates/" + app.candidate().id()));
    }

    /**
     * The candidate's invitation, in the interview's language: when, how long, onsite or virtual,
     * and what AI tools they may use, so the policy is known before the round, not during it.
     */
    void invitation(ApplicationDetails.Details app, Interview interview) {
        Locale locale = Locale.forLanguageTag(interview.language());
        String type = roundName(interview.roundType(), locale);
        String when = java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
                .withLocale(locale).withZone(java.time.ZoneOffset.UTC).format(interview.startsAt()) + " UTC";
        outbox.about(app.candidate().id()).queue(app.candidate().email(), text("mail.invitation.subject", locale, type, when),
                text("mail.invitation.body", locale, app.candidate().name(), type, app.job().title(), when, interview.minutes(),
                        messages.getMessage("interview.mode." + interview.mode().name(), null, locale),
                        messages.getMessage("ai." + interview.aiPolicy().name(), null, locale),
                        messages.getMessage("ai.candidate." + interview.aiPolicy().name(), null, locale)));
    }

    void reminder(CurrentUser to, long candidateId, String candidateName, String roundType, long roundId) {
        Locale locale = Locale.forLanguageTag(to.locale());
        String type = roundName(roundType, locale);
        outbox.about(candidateId).queue(to.email(), text("mail.reminder.subject", locale, type, candidateName),
                text("mail.reminder.body", locale, to.name(), type, candidateName, "/interviews/" + roundId + "/kit"));
    }

    private String roundName(String type, Locale locale) {
        return catalog.current().roundType(type).map(t -> t.name().in(locale)).orElse(type);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
