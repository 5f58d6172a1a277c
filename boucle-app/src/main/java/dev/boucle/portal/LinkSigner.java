package dev.boucle.portal;

import dev.boucle.platform.Secrets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A sign-in link's token: a 256-bit secret and an HMAC-SHA256 of it under the deployment's key
 * ({@code portal_keys}, made on first use). The signature lets a tampered or made-up link be told
 * apart from an expired one without a lookup; the secret's SHA-256 is all the database keeps.
 */
@Component
class LinkSigner {

    private static final int SIGNATURE_CHARS = 22; // 128 bits of the MAC, URL-safe
    private final JdbcClient jdbc;
    private volatile byte[] key;

    LinkSigner(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token: {@code secret.signature}, 66 URL-safe characters. */
    String issue(String secret) {
        return secret + "." + sign(secret);
    }

    /** The secret of a token whose signature holds; empty for anything else. */
    Optional<String> verify(String token) {
        if (token == null || token.length() != 43 + 1 + SIGNATURE_CHARS || token.charAt(43) != '.') return Optional.empty();
        String secret = token.substring(0, 43);
        byte[] given = token.substring(44).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] expected = sign(secret).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(secret) : Optional.empty();
    }

    static byte[] hash(String secret) {
        return Secrets.sha256(secret);
    }

    private String sign(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] sig = mac.doFinal(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sig).substring(0, SIGNATURE_CHARS);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // Every node races to make it once; the first insert wins and all read the same row.
            jdbc.sql("insert into portal_keys (id, secret) values (1, ?) on conflict (id) do nothing").param(fresh).update();
            k = jdbc.sql("select secret from portal_keys where id = 1").query(byte[].class).single();
            key = k;
        }
        return k;
    }
}
