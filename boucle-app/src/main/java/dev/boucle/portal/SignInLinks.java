package dev.boucle.portal;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.Candidate;
import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.CandidateSelf;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.Outbox;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in links: sent by staff (through the outbox, in the candidate's language), revoked by
 * staff, opened by the candidate, and re-sent to the address on file when the candidate asks.
 */
@Service
class SignInLinks {

    /** What opening a link found. */
    sealed interface Opened {
        record Valid(PortalVisitor visitor) implements Opened {}

        /** Expired or revoked: the link was real, so the candidate is known (for their language, a re-send). */
        record Spent(long linkId, long candidateId, boolean revoked) implements Opened {}

        /** Not a link of ours: bad signature, or a shape no link has. */
        record Forged() implements Opened {}
    }

    /** A link sent: its address (shown once) and until when it works. */
    record Sent(String url, Instant expiresAt, @com.fasterxml.jackson.annotation.JsonIgnore long candidateId) {}

    private final PortalLinks links;
    private final LinkSigner signer;
    private final ApplicationDetails details;
    private final HiringAccess access;
    private final CandidateSelf self;
    private final Preferences preferences;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PortalSettings settings;
    private final Clock clock;

    SignInLinks(PortalLinks links, LinkSigner signer, ApplicationDetails details, HiringAccess access, CandidateSelf self,
            Preferences preferences, Outbox outbox, MessageSource messages, PortalSettings settings, Clock clock) {
        this.links = links;
        this.signer = signer;
        this.details = details;
        this.access = access;
        this.self = self;
        this.preferences = preferences;
        this.outbox = outbox;
        this.messages = messages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Staff send the candidate of an application a link; the e-mail leaves only if this commits. */
    @Transactional
    public Sent send(long applicationId, CurrentUser staff) {
        ApplicationDetails.Details app = details.application(applicationId, staff);
        if (!staff.in(Team.RECRUITING) || !access.canMoveApplication(staff, applicationId)) {
            throw new AccessDeniedException("recruiters send portal links");
        }
        Instant expires = clock.instant().plus(Duration.ofDays(settings.linkDays()));
        String token = links.create(app.candidate().id(), applicationId, staff.id(), expires);
        mail(app.candidate(), token, expires, "portal.mail.subject", "portal.mail.body");
        return new Sent(settings.link(token), expires, app.candidate().id());
    }

    @Transactional
    public int revoke(long applicationId, CurrentUser staff) {
        ApplicationDetails.Details app = details.application(applicationId, staff);
        if (!staff.in(Team.RECRUITING) || !access.canMoveApplication(staff, applicationId)) {
            throw new AccessDeniedException("recruiters revoke portal links");
        }
        return links.revokeAll(app.candidate().id(), staff.id(), clock.instant());
    }

    @Transactional
    public Opened open(String token) {
        var secret = signer.verify(token);
        if (secret.isEmpty()) return new Opened.Forged();
        var link = links.bySecret(secret.get());
        if (link.isEmpty()) return new Opened.Forged(); // signed by us, but erased since
        Instant now = clock.instant();
        PortalLinks.Link l = link.get();
        if (l.revokedAt() != null || !now.isBefore(l.expiresAt())) return new Opened.Spent(l.id(), l.candidateId(), l.revokedAt() != null);
        links.used(l.id(), now);
        return new Opened.Valid(new PortalVisitor(l.candidateId(), l.id(), issuer(l)));
    }

    /** The visitor of a session, if its link still works: a revoked or expired link ends its sessions at once. */
    public java.util.Optional<PortalVisitor> stillValid(PortalVisitor visitor) {
        return links.byId(visitor.linkId()).filter(l -> l.revokedAt() == null && clock.instant().isBefore(l.expiresAt()))
                .map(l -> visitor);
    }

    /**
     * A fresh link to the address on file, for a spent link's candidate or for whoever holds the
     * address typed; the caller answers the same whether or not one went out. At most three a day
     * per candidate, so the form cannot flood anyone's inbox.
     */
    @Transactional
    public void resend(Long spentLinkId, String email) {
        java.util.Optional<Candidate> candidate = spentLinkId != null
                ? links.byId(spentLinkId).flatMap(l -> self.candidate(new CandidateId(l.candidateId())))
                : self.byEmail(email);
        if (candidate.isEmpty()) return;
        Instant now = clock.instant();
        if (links.createdSince(candidate.get().id(), now.minus(Duration.ofDays(1))) >= 3) return;
        Instant expires = now.plus(Duration.ofDays(settings.linkDays()));
        String token = links.create(candidate.get().id(), null, null, expires);
        mail(candidate.get(), token, expires, "portal.mail.fresh.subject", "portal.mail.body");
    }

    /** Asks the candidate to renew their talent-pool consent before {@code lapses}: a fresh link to their portal. */
    @Transactional
    public void askRenewal(long candidateId, Instant lapses) {
        java.util.Optional<Candidate> candidate = self.candidate(new CandidateId(candidateId));
        if (candidate.isEmpty()) return;
        Instant expires = clock.instant().plus(Duration.ofDays(settings.linkDays()));
        String token = links.create(candidateId, null, null, expires);
        Locale locale = locale(candidateId);
        String until = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .withZone(preferences.of(candidateId).zoneOr(java.time.ZoneOffset.UTC)).format(lapses);
        outbox.about(candidateId).queue(candidate.get().email(), messages.getMessage("portal.mail.renewal.subject", null, locale),
                messages.getMessage("portal.mail.renewal.body", new Object[] {candidate.get().name(), settings.link(token), until}, locale));
    }

    Locale locale(long candidateId) {
        return preferences.of(candidateId).locale();
    }

    private void mail(Candidate to, String token, Instant expires, String subjectKey, String bodyKey) {
        Locale locale = locale(to.id());
        String until = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(locale)
                .withZone(preferences.of(to.id()).zoneOr(java.time.ZoneOffset.UTC)).format(expires);
        outbox.about(to.id()).queue(to.email(), messages.getMessage(subjectKey, null, locale),
                messages.getMessage(bodyKey, new Object[] {to.name(), settings.link(token), until}, locale));
    }

    /** Links re-sent at the candidate's request have no sender; they act for whoever sent the candidate's latest link. */
    private long issuer(PortalLinks.Link link) {
        if (link.createdBy() != null) return link.createdBy();
        return links.lastSender(link.candidateId()).orElse(0L);
    }
}
