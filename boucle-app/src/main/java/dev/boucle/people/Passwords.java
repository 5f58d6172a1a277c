package dev.boucle.people;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.Outbox;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Choosing a password by a mailed link: the invitation of a new user and the reset of a
 * forgotten password. Passwords are hashed with bcrypt through the delegating encoder (see
 * SecurityConfiguration for why bcrypt stays).
 */
@Service
class Passwords {

    static final int MIN_LENGTH = 12;
    /** Reset mails per account per hour: enough to retry a lost mail, too few to flood an inbox. */
    static final int RESETS_PER_ACCOUNT = 3;
    private static final Logger log = LoggerFactory.getLogger(Passwords.class);
    private final Users users;
    private final PasswordLinks links;
    private final Outbox outbox;
    private final MessageSource messages;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final Sessions sessions;
    private final String publicUrl;
    private final boolean sso;
    private final int resetsPerAddress;

    Passwords(Users users, PasswordLinks links, Outbox outbox, MessageSource messages, PasswordEncoder encoder,
            SignInThrottle throttle, Sessions sessions, @Value("${boucle.portal.public-url:http://localhost:8080}") String publicUrl,
            @Value("${boucle.sso.issuer-uri:}") String ssoIssuer,
            @Value("${boucle.password.resets-per-address:10}") int resetsPerAddress) {
        this.users = users;
        this.links = links;
        this.outbox = outbox;
        this.messages = messages;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.sso = !ssoIssuer.isBlank();
        this.resetsPerAddress = resetsPerAddress;
    }

    /** Mails the user a link, valid 7 days, to choose their password; any earlier link stops working. */
    @Transactional
    public void invite(long userId) {
        Users.Account account = users.account(userId).orElseThrow(() -> new NotFound("user", userId));
        if (!account.active()) throw new dev.boucle.platform.Conflict("user.invite.inactive");
        CurrentUser user = account.user();
        String link = link(links.issue(userId, PasswordLinks.Purpose.INVITE));
        Locale locale = Locale.forLanguageTag(user.locale());
        String body = text("users.mail.invite.body", locale, user.name(), link);
        if (sso) body += "\n\n" + text("users.mail.invite.sso", locale);
        outbox.queue(user.email(), text("users.mail.invite.subject", locale), body);
    }

    /**
     * Mails a reset link, valid an hour, if the address belongs to an active account and the
     * limits allow. The caller answers the same whatever happened, so the page tells nobody which
     * addresses have accounts.
     */
    @Transactional
    public void forgot(String email, String requester) {
        if (links.requestFrom(requester) > resetsPerAddress) {
            log.info("Password reset refused: too many requests from one address within the hour");
            return;
        }
        if (email == null || email.isBlank() || email.length() > 320) return;
        users.byEmail(email).ifPresent(user -> {
            if (links.recentResets(user.id()) >= RESETS_PER_ACCOUNT) return;
            // With single sign-on, an account without a password signs in at the provider only: a reset
            // link would give it a second way in that the provider's deactivation does not close.
            if (sso && user.passwordHash() == null) return;
            String link = link(links.issue(user.id(), PasswordLinks.Purpose.RESET));
            Locale locale = Locale.forLanguageTag(user.locale());
            outbox.queue(user.email(), text("users.mail.reset.subject", locale), text("users.mail.reset.body", locale, user.name(), link));
        });
    }

    /** Whether the link can still set a password (the page asks before showing its form). */
    boolean usable(String secret) {
        return secret != null && secret.length() <= 200 && links.peek(secret).isPresent();
    }

    /**
     * Sets the password of the link's user and uses the link up; clears their sign-in failures
     * and ends every session they had, since whoever knew the old password may hold one.
     */
    @Transactional
    public CurrentUser set(String secret, String password, String confirmation) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (password == null || password.length() < MIN_LENGTH || password.length() > 200) errors.put("password", "user.password.weak");
        else if (!password.equals(confirmation)) errors.put("confirmation", "users.password.mismatch");
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        long userId = (secret == null || secret.length() > 200 ? java.util.Optional.<Long>empty() : links.consume(secret))
                .orElseThrow(() -> new BadInput(Map.of("token", "users.link.invalid"), "users.link.invalid"));
        users.setPassword(userId, encoder.encode(password));
        CurrentUser user = users.byId(userId).orElseThrow();
        throttle.succeeded(user.email());
        sessions.endAll(user.email(), null);
        return user;
    }

    private String link(String secret) {
        return publicUrl + "/password/set?token=" + secret;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
