package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import dev.boucle.platform.CandidateLanguage;
import dev.boucle.platform.Outbox;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of explanation requests, through the outbox (they leave only if the request or the
 * answer commits): to the job's recruiter and hiring manager when one is asked, each in their
 * language, with the due date; to the candidate with the answer, in the language they chose.
 */
@Component
class ExplanationMail {

    private final Outbox outbox;
    private final MessageSource messages;
    private final Users users;
    private final ObjectProvider<CandidateLanguage> languages;

    ExplanationMail(Outbox outbox, MessageSource messages, Users users, ObjectProvider<CandidateLanguage> languages) {
        this.outbox = outbox;
        this.messages = messages;
        this.users = users;
        this.languages = languages;
    }

    /** The people who run this job's loop: whoever opened the job and its hiring manager. */
    void asked(ApplicationDetails.Details app, ExplanationRequests.Request request) {
        Set<Long> to = new LinkedHashSet<>();
        if (app.job().createdBy() != null) to.add(app.job().createdBy());
        if (app.job().hiringManagerId() != null) to.add(app.job().hiringManagerId());
        for (long id : to) {
            users.byId(id).ifPresent(user -> send(user, app, request));
        }
    }

    private void send(CurrentUser user, ApplicationDetails.Details app, ExplanationRequests.Request request) {
        Locale locale = Locale.forLanguageTag(user.locale());
        String due = date(request.dueAt(), locale);
        outbox.queue(user.email(), messages.getMessage("aiact.mail.asked.subject", new Object[] {app.candidate().name(), due}, locale),
                messages.getMessage("aiact.mail.asked.body", new Object[] {user.name(), app.candidate().name(), app.job().title(),
                        request.question(), due, "/explanation-requests/" + request.id()}, locale));
    }

    void answered(ApplicationDetails.Details app, ExplanationRequests.Request request) {
        CandidateLanguage language = languages.getIfAvailable();
        Locale locale = language == null ? Locale.ENGLISH : language.of(app.candidate().id());
        outbox.queue(app.candidate().email(), messages.getMessage("aiact.mail.answered.subject", new Object[] {app.job().title()}, locale),
                messages.getMessage("aiact.mail.answered.body", new Object[] {app.candidate().name(), app.job().title(),
                        date(request.askedAt(), locale), request.question(), request.answer()}, locale));
    }

    private static String date(Instant at, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(ZoneOffset.UTC).format(at);
    }
}
