package dev.boucle.people;

import dev.boucle.platform.Secrets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API. Only a SHA-256 of each token is stored: a token is 256 random
 * bits, so a fast hash is enough (no dictionary to guard against), and it lets every request
 * be checked with one indexed lookup. Verified tokens are remembered briefly so that a burst
 * of API calls does not become a burst of identical queries.
 */
@Component
public class ApiTokens {

    private static final Duration REMEMBER = Duration.ofSeconds(30);
    private final JdbcClient jdbc;
    private final Users users;
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** Creates a token for the user and returns it in clear: the only time it is ever visible. */
    public String issue(long userId, String label) {
        String token = "bcl_" + Secrets.random();
        remember(userId, token, label);
        return token;
    }

    /** Records a token chosen elsewhere (the bootstrap admin token), if not yet known. */
    void remember(long userId, String token, String label) {
        jdbc.sql("insert into api_tokens (user_id, token_hash, label) values (?, ?, ?) on conflict (token_hash) do nothing")
                .params(userId, hash(token), label).update();
    }

    Optional<CurrentUser> authenticate(String token) {
        String hash = hash(token);
        Remembered hit = recent.get(hash);
        long now = System.nanoTime();
        if (hit != null && now - hit.at() < REMEMBER.toNanos()) return Optional.of(hit.user());
        Optional<CurrentUser> user = jdbc.sql("""
                        select u.id from api_tokens t join users u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and u.active""")
                .param(hash).query(Long.class).optional().flatMap(users::byId);
        user.ifPresentOrElse(u -> recent.put(hash, new Remembered(u, now)), () -> recent.remove(hash));
        if (recent.size() > 10_000) recent.clear();
        return user;
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(Secrets.sha256(token));
    }

    private record Remembered(CurrentUser user, long at) {}
}
