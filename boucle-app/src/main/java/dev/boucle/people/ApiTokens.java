package dev.boucle.people;

import dev.boucle.platform.Secrets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for the API. Only a SHA-256 of each token is stored: a token is 256 random
 * bits, so a fast hash is enough (no dictionary to guard against), and it lets every request
 * be checked with one indexed lookup. Verified tokens are remembered briefly so that a burst
 * of API calls does not become a burst of identical queries.
 */
@Component
class ApiTokens {

    /**
     * How long a verified token is trusted without asking the database again: also how long a
     * token revoked on another node may still work here (on this node, revoking forgets it).
     */
    private static final Duration REMEMBER = Duration.ofSeconds(10);
    private final JdbcClient jdbc;
    private final Users users;
    private final ConcurrentHashMap<String, Remembered> recent = new ConcurrentHashMap<>();

    ApiTokens(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /** A token just created: the only time it is ever visible. */
    public record Issued(long id, String token) {}

    /** Creates a token for the user and returns it in clear. */
    public Issued issue(long userId, String label) {
        String token = "bcl_" + Secrets.random();
        long id = jdbc.sql("insert into api_tokens (user_id, token_hash, label) values (?, ?, ?) returning id")
                .params(userId, hash(token), label).query(Long.class).single();
        return new Issued(id, token);
    }

    /**
     * Makes the token of BOUCLE_ADMIN_TOKEN the only bootstrap token: any earlier one (the
     * variable changed) is revoked, and with no token (the variable unset) all of them are.
     */
    void replaceBootstrap(Long userId, String token) {
        String keep = token == null ? "" : hash(token);
        int revoked = jdbc.sql("update api_tokens set revoked_at = now() where bootstrap and revoked_at is null and token_hash <> ?")
                .param(keep).update();
        if (token != null) {
            jdbc.sql("""
                    insert into api_tokens (user_id, token_hash, label, bootstrap) values (?, ?, 'BOUCLE_ADMIN_TOKEN', true)
                    on conflict (token_hash) do update set revoked_at = null, bootstrap = true
                    where api_tokens.user_id = excluded.user_id""")
                    .params(userId, keep).update();
        }
        if (revoked > 0) recent.clear();
    }

    public List<ApiToken> of(long userId) {
        return jdbc.sql("select id, label, created_at, last_used_at, revoked_at, bootstrap from api_tokens where user_id = ? order by id")
                .param(userId).query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5)), rs.getBoolean(6))).list();
    }

    private static java.time.@Nullable Instant instant(java.sql.@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }

    /**
     * Forgets every remembered token of this user, so that a deactivation or a change of roles
     * holds for the next request on this node. Other nodes keep their copy for at most
     * {@link #REMEMBER}; deactivation also fails there then, since the lookup checks u.active.
     */
    void forget(long userId) {
        recent.values().removeIf(r -> r.user().id() == userId);
    }

    /** Revokes one of the user's tokens; false if the user has no such token. Revoking twice is harmless. */
    public boolean revoke(long userId, long tokenId) {
        int found = jdbc.sql("update api_tokens set revoked_at = coalesce(revoked_at, now()) where id = ? and user_id = ?")
                .params(tokenId, userId).update();
        recent.clear(); // the hash is not at hand; forgetting every remembered token costs one query each
        return found > 0;
    }

    Optional<CurrentUser> authenticate(String token) {
        String hash = hash(token);
        Remembered hit = recent.get(hash);
        long now = System.nanoTime();
        if (hit != null && now - hit.at() < REMEMBER.toNanos()) return Optional.of(hit.user());
        Optional<Used> used = jdbc.sql("""
                        select t.id, u.id, t.last_used_at is null or t.last_used_at < now() - interval '1 minute'
                        from api_tokens t join users u on u.id = t.user_id
                        where t.token_hash = ? and t.revoked_at is null and u.active""")
                .param(hash).query((rs, n) -> new Used(rs.getLong(1), rs.getLong(2), rs.getBoolean(3))).optional();
        // Last use is written at most once a minute per token: a burst of calls is one write, not one per call.
        used.filter(Used::stale).ifPresent(u -> jdbc.sql("update api_tokens set last_used_at = now() where id = ?")
                .param(u.tokenId()).update());
        Optional<CurrentUser> user = used.flatMap(u -> users.byId(u.userId()));
        user.ifPresentOrElse(u -> recent.put(hash, new Remembered(u, now)), () -> recent.remove(hash));
        if (recent.size() > 10_000) recent.clear();
        return user;
    }

    static String hash(String token) {
        return HexFormat.of().formatHex(Secrets.sha256(token));
    }

    private record Remembered(CurrentUser user, long at) {}

    private record Used(long tokenId, long userId, boolean stale) {}
}
