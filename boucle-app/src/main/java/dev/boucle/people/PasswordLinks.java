package dev.boucle.people;

import dev.boucle.platform.Secrets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single-use links to choose a password. The link carries 256 random bits; only their SHA-256
 * is stored (as for API tokens, a fast hash is enough for a secret that cannot be guessed).
 * Issuing a link supersedes the user's earlier ones, so only the latest mail works.
 */
@Repository
class PasswordLinks {

    enum Purpose {
        /** Sent when an admin creates a user without a password, or re-sends it. */
        INVITE(Duration.ofDays(7)),
        /** Asked for on the forgot-password page. */
        RESET(Duration.ofHours(1));

        final Duration valid;

        Purpose(Duration valid) {
            this.valid = valid;
        }
    }

    private final JdbcClient jdbc;

    PasswordLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new link's secret, in clear: it goes into the mail and nowhere else. */
    String issue(long userId, Purpose purpose) {
        jdbc.sql("update password_links set used_at = now() where user_id = ? and used_at is null").param(userId).update();
        String secret = Secrets.random();
        jdbc.sql("insert into password_links (user_id, token_hash, purpose, expires_at) values (?, ?, ?, now() + ?::interval)")
                .params(userId, ApiTokens.hash(secret), purpose.name(), purpose.valid.toSeconds() + " seconds").update();
        return secret;
    }

    /** The active user whose unused, unexpired link this is, without using it up (for the page's first view). */
    Optional<Long> peek(String secret) {
        return jdbc.sql("""
                select l.user_id from password_links l join users u on u.id = l.user_id
                where l.token_hash = ? and l.used_at is null and l.expires_at > now() and u.active""")
                .param(ApiTokens.hash(secret)).query(Long.class).optional();
    }

    /** Uses the link up and gives its user; empty if it was used, expired, superseded or never existed. */
    Optional<Long> consume(String secret) {
        return jdbc.sql("""
                update password_links l set used_at = now() from users u
                where u.id = l.user_id and l.token_hash = ? and l.used_at is null and l.expires_at > now() and u.active
                returning l.user_id""")
                .param(ApiTokens.hash(secret)).query(Long.class).optional();
    }

    /** Reset links issued to this user within the last hour, for the per-account limit. */
    int recentResets(long userId) {
        return jdbc.sql("select count(*) from password_links where user_id = ? and purpose = 'RESET' and created_at > now() - interval '1 hour'")
                .param(userId).query(Integer.class).single();
    }

    /** Records a reset request from this address and says how many it made within the hour, this one included. */
    int requestFrom(String address) {
        jdbc.sql("delete from password_reset_requests where at < now() - interval '1 day'").update();
        jdbc.sql("insert into password_reset_requests (address) values (?)").param(address).update();
        return jdbc.sql("select count(*) from password_reset_requests where address = ? and at > now() - interval '1 hour'")
                .param(address).query(Integer.class).single();
    }
}
