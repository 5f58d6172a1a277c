package dev.boucle.people;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;

/**
 * The one OpenID provider, read from its discovery document the first time someone presses
 * the SSO button rather than at start-up, so that Boucle starts (and its password sign-in
 * works) while the provider is down or unreachable. A failed read is retried at the next press.
 */
final class SsoRegistrations implements ClientRegistrationRepository {

    static final String ID = "sso";
    private static final Logger log = LoggerFactory.getLogger(SsoRegistrations.class);
    private final SsoSettings settings;
    private volatile @Nullable ClientRegistration registration;

    SsoRegistrations(SsoSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        if (!ID.equals(registrationId)) return null;
        ClientRegistration known = registration;
        if (known != null) return known;
        synchronized (this) {
            if (registration == null) {
                try {
                    registration = ClientRegistrations.fromIssuerLocation(settings.issuerUri()).registrationId(ID)
                            .clientId(settings.clientId()).clientSecret(settings.clientSecret())
                            .scope("openid", "profile", "email")
                            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").build();
                } catch (RuntimeException e) {
                    log.warn("The SSO provider's discovery document at {} could not be read: {}", settings.issuerUri(), e.getMessage());
                    return null;
                }
            }
            return registration;
        }
    }
}
