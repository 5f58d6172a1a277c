package dev.boucle.people;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating users and giving them API tokens: the admin's side of the people module. */
@Service
public class UserAdministration {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$");
    private final Users users;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final Sessions sessions;

    UserAdministration(Users users, ApiTokens tokens, PasswordEncoder encoder, Sessions sessions) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    /** A change to a user; an absent field keeps its value. */
    public record UserUpdate(@org.jspecify.annotations.Nullable String name, @org.jspecify.annotations.Nullable List<String> roles,
            @org.jspecify.annotations.Nullable String locale, @org.jspecify.annotations.Nullable Boolean active) {}

    /**
     * Changes a user's name, roles, language or whether they may sign in. Deactivating keeps the
     * row (their scorecards, decisions and history still name them) and stops them at once: no
     * sign-in, no token on this node from the next request (others within ApiTokens' 10 s, and
     * the token lookup itself checks the user is active), and every page session deleted. A
     * change of roles ends the user's page sessions too (they sign in again with the new roles)
     * unless the admin is changing their own.
     */
    @Transactional
    public Users.Account update(long actorId, long id, UserUpdate input) {
        Users.Account current = users.account(id).orElseThrow(() -> new NotFound("user", id));
        Map<String, String> errors = new LinkedHashMap<>();
        String name = input.name() == null ? current.user().name() : input.name();
        if (name.isBlank() || name.length() > 200) errors.put("name", "user.name.invalid");
        Set<Role> roles = input.roles() == null ? EnumSet.copyOf(current.user().roles()) : roles(input.roles(), errors);
        String locale = input.locale() == null ? current.user().locale() : input.locale().strip();
        if (!locale.equals("en") && !locale.equals("fr")) errors.put("locale", "user.locale.invalid");
        boolean active = input.active() == null ? current.active() : input.active();
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        if (!active && current.active() && id == actorId) throw new Conflict("user.deactivate.self");
        boolean wasAdmin = current.active() && current.user().has(Role.ADMIN);
        boolean staysAdmin = active && roles.contains(Role.ADMIN);
        if (wasAdmin && !staysAdmin && users.otherActiveAdmins(id) == 0) throw new Conflict("user.last-admin");
        users.update(id, name, roles, locale, active);
        boolean rolesChanged = !roles.equals(current.user().roles());
        if (!active || rolesChanged) tokens.forget(id);
        if ((!active && current.active()) || (rolesChanged && id != actorId)) sessions.endAll(current.user().email(), null);
        return users.account(id).orElseThrow();
    }

    public Users.Account account(long id) {
        return users.account(id).orElseThrow(() -> new NotFound("user", id));
    }

    public List<Users.Account> accounts() {
        return users.accounts();
    }

    private static Set<Role> roles(List<String> names, Map<String, String> errors) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names.isEmpty()) errors.put("roles", "user.roles.missing");
        for (String r : names) {
            try {
                roles.add(Role.valueOf(String.valueOf(r).strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                errors.put("roles", "user.roles.unknown");
            }
        }
        return roles;
    }

    public record NewUser(String email, String name, List<String> roles, String locale, String password) {}

    /** Validates every field first, so a refused user leaves nothing behind. */
    @Transactional
    public CurrentUser create(NewUser input) {
        Map<String, String> errors = new LinkedHashMap<>();
        String email = input.email() == null ? "" : input.email().strip();
        if (!EMAIL.matcher(email).matches()) errors.put("email", "user.email.invalid");
        else if (users.emailTaken(email)) errors.put("email", "user.email.taken");
        if (input.name() == null || input.name().isBlank() || input.name().length() > 200) errors.put("name", "user.name.invalid");
        Set<Role> roles = input.roles() == null ? EnumSet.noneOf(Role.class) : roles(input.roles(), errors);
        if (input.roles() == null) errors.put("roles", "user.roles.missing");
        String locale = input.locale() == null || input.locale().isBlank() ? "en" : input.locale().strip();
        if (!locale.equals("en") && !locale.equals("fr")) errors.put("locale", "user.locale.invalid");
        if (input.password() != null && (input.password().length() < 12 || input.password().length() > 200)) {
            errors.put("password", "user.password.weak");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        String hash = input.password() == null ? null : encoder.encode(input.password());
        long id = users.insert(email, input.name(), roles, locale, hash);
        return users.byId(id).orElseThrow();
    }

    @Transactional
    public ApiTokens.Issued issueToken(long userId, String label) {
        users.byId(userId).orElseThrow(() -> new NotFound("user", userId));
        String name = label == null || label.isBlank() ? "api" : label.strip();
        if (name.length() > 200) throw new BadInput(Map.of("label", "token.label.too-long"), "token.label.too-long");
        return tokens.issue(userId, name);
    }

    public List<ApiToken> tokensOf(long userId) {
        users.byId(userId).orElseThrow(() -> new NotFound("user", userId));
        return tokens.of(userId);
    }

    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!tokens.revoke(userId, tokenId)) throw new NotFound("token", tokenId);
    }
}
