package dev.boucle.people;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a verified OpenID Connect sign-in into a Boucle user. The provider is the authority on
 * roles for whoever signs in through it: the first sign-in creates the account just in time
 * with the roles mapped from the role claim, and every later one replaces the roles with the
 * claim's (so removing someone from a group at the provider takes effect at their next
 * sign-in). No mapped role, no e-mail, or a deactivated account: refused.
 */
final class SsoAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService oidc = new OidcUserService();
    private final SsoSettings settings;
    private final Users users;
    private final TransactionTemplate transactions;

    SsoAccounts(SsoSettings settings, Users users, TransactionTemplate transactions) {
        this.settings = settings;
        this.users = users;
        this.transactions = transactions;
    }

    /** The provider's user, carrying the Boucle user it signs in as. */
    static final class Signed extends DefaultOidcUser {
        final transient CurrentUser user;

        Signed(OidcUser from, CurrentUser user) {
            super(user.getAuthorities(), from.getIdToken(), from.getUserInfo());
            this.user = user;
        }
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = oidc.loadUser(request);
        String email = oidcUser.getEmail();
        if (email == null || email.isBlank()) throw refused("no-email");
        // The e-mail links the provider's person to a Boucle account: one the provider says it has not
        // verified could claim someone else's account. (Providers that omit the claim are trusted.)
        if (Boolean.FALSE.equals(oidcUser.getEmailVerified())) throw refused("no-email");
        Set<Role> roles = mapped(oidcUser.getClaim(settings.roleClaim()));
        if (roles.isEmpty()) throw refused("no-role");
        String name = oidcUser.getFullName() == null || oidcUser.getFullName().isBlank() ? email : oidcUser.getFullName();
        CurrentUser user = transactions.execute(tx -> {
            Users.Account account = users.accountByEmail(email).orElse(null);
            if (account == null) {
                return users.byId(users.insert(email, name, roles, "en", null)).orElseThrow();
            }
            if (!account.active()) throw refused("inactive");
            CurrentUser known = account.user();
            if (!known.roles().equals(roles)) users.update(known.id(), known.name(), roles, known.locale(), true);
            return users.byId(known.id()).orElseThrow();
        });
        return new Signed(oidcUser, user);
    }

    private Set<Role> mapped(Object claim) {
        Collection<?> values = claim instanceof Collection<?> c ? c : claim == null ? List.of() : List.of(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object value : values) {
            String role = settings.roles().get(String.valueOf(value));
            if (role == null) continue;
            try {
                roles.add(Role.valueOf(role.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                // A mapping to a role Boucle does not have maps to nothing.
            }
        }
        return roles;
    }

    private static OAuth2AuthenticationException refused(String reason) {
        return new OAuth2AuthenticationException(new OAuth2Error(reason));
    }
}
