package dev.boucle.people;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * OpenID Connect single sign-on, off unless an issuer is set.
 *
 * @param issuerUri    the provider's issuer (Keycloak realm, Entra ID tenant, Google), whose discovery document is read on first use
 * @param clientId     Boucle's client at the provider
 * @param clientSecret its secret; never logged
 * @param roleClaim    the ID-token claim holding the user's groups or roles (a list or one string)
 * @param roles        claim value to Boucle role, e.g. {@code boucle.sso.roles.recruiters=RECRUITER}
 * @param label        the provider's name on the sign-in button
 */
@ConfigurationProperties("boucle.sso")
record SsoSettings(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret, @Nullable String roleClaim,
        @Nullable Map<String, String> roles, @Nullable String label) {

    SsoSettings {
        roleClaim = roleClaim == null || roleClaim.isBlank() ? "groups" : roleClaim;
        roles = roles == null ? Map.of() : Map.copyOf(roles);
        label = label == null || label.isBlank() ? "SSO" : label;
    }

    boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
