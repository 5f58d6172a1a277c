package dev.boucle.portal;

import dev.boucle.platform.Secrets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portal_links table: who each link is for, who sent it, until when it works, and whether it was revoked. */
@Repository
class PortalLinks {

    record Link(long id, long candidateId, @Nullable Long applicationId, @Nullable Long createdBy, Instant expiresAt,
            @Nullable Instant revokedAt) {}

    private final JdbcClient jdbc;
    private final LinkSigner signer;

    PortalLinks(JdbcClient jdbc, LinkSigner signer) {
        this.jdbc = jdbc;
        this.signer = signer;
    }

    /** A new link's token (shown once, sent by e-mail). */
    String create(long candidateId, @Nullable Long applicationId, @Nullable Long by, Instant expiresAt) {
        String secret = Secrets.random();
        jdbc.sql("insert into portal_links (candidate_id, application_id, token_hash, created_by, expires_at) values (?, ?, ?, ?, ?)")
                .params(candidateId, applicationId, LinkSigner.hash(secret), by, Timestamp.from(expiresAt)).update();
        return signer.issue(secret);
    }

    Optional<Link> bySecret(String secret) {
        return jdbc.sql("select * from portal_links where token_hash = ?").param(LinkSigner.hash(secret)).query(PortalLinks::row).optional();
    }

    Optional<Link> byId(long id) {
        return jdbc.sql("select * from portal_links where id = ?").param(id).query(PortalLinks::row).optional();
    }

    void used(long id, Instant at) {
        jdbc.sql("update portal_links set last_used_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }

    /** Revokes every working link of the candidate; returns how many. */
    int revokeAll(long candidateId, long by, Instant at) {
        return jdbc.sql("update portal_links set revoked_at = ?, revoked_by = ? where candidate_id = ? and revoked_at is null")
                .params(Timestamp.from(at), by, candidateId).update();
    }

    /** Links made for this candidate since {@code since}, by anyone: a cap on re-sends. */
    int createdSince(long candidateId, Instant since) {
        return jdbc.sql("select count(*) from portal_links where candidate_id = ? and created_at > ?")
                .params(candidateId, Timestamp.from(since)).query(Integer.class).single();
    }

    /** Who last sent this candidate a link (re-sent links act on their behalf). */
    Optional<Long> lastSender(long candidateId) {
        return jdbc.sql("select created_by from portal_links where candidate_id = ? and created_by is not null order by id desc limit 1")
                .param(candidateId).query(Long.class).optional();
    }

    private static Link row(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Link(rs.getLong("id"), rs.getLong("candidate_id"), (Long) rs.getObject("application_id"),
                (Long) rs.getObject("created_by"), rs.getTimestamp("expires_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }
}
