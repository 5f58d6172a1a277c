package dev.boucle.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An endpoint's signing secret in the Standard Webhooks form: {@code whsec_} and the base64 of
 * 32 random bytes, the bytes being the HMAC-SHA256 key. Shown once to the admin who made it;
 * {@link #toString} never prints it, so a log line with a secret in it cannot happen by accident.
 */
record WebhookSecret(String value) {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    static WebhookSecret generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(key));
    }

    byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    /** {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}. */
    String sign(String messageId, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
