package dev.boucle.people;

import dev.boucle.platform.BadInput;
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

    UserAdministration(Users users, ApiTokens tokens, PasswordEncoder encoder) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
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
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (input.roles() == null || input.roles().isEmpty()) errors.put("roles", "user.roles.missing");
        else for (String r : input.roles()) {
            try {
                roles.add(Role.valueOf(r.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                errors.put("roles", "user.roles.unknown");
            }
        }
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

    public List<ApiTokens.Listed> tokensOf(long userId) {
        users.byId(userId).orElseThrow(() -> new NotFound("user", userId));
        return tokens.of(userId);
    }

    @Transactional
    public void revokeToken(long userId, long tokenId) {
        if (!tokens.revoke(userId, tokenId)) throw new NotFound("token", tokenId);
    }
}
