package dev.boucle.webhooks;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the webhooks module (application.properties says what each one is for).
 *
 * @param unsafeAllowLoopback lets http:// and loopback receivers through (tests, local trials); private ranges stay refused
 * @param rotationOverlap     how long the secret before a rotation keeps signing alongside the new one
 * @param firstRetry          the wait after a first failed attempt; each further failure doubles it
 * @param maxRetry            the longest wait between two attempts
 * @param giveUpAfter         a delivery still failing this long after it was queued is marked FAILED
 * @param connectTimeout      how long a connection to a receiver may take
 * @param readTimeout         how long a receiver may stay silent while answering
 * @param cacheTtl            how long a node trusts its list of active endpoints (changes made here apply at once)
 */
@ConfigurationProperties("boucle.webhooks")
record WebhookSettings(boolean unsafeAllowLoopback, Duration rotationOverlap, Duration firstRetry, Duration maxRetry,
        Duration giveUpAfter, Duration connectTimeout, Duration readTimeout, Duration cacheTtl) {

    WebhookSettings {
        if (rotationOverlap == null || rotationOverlap.isNegative()) rotationOverlap = Duration.ofHours(24);
        if (firstRetry == null || !firstRetry.isPositive()) firstRetry = Duration.ofSeconds(30);
        if (maxRetry == null || !maxRetry.isPositive()) maxRetry = Duration.ofHours(1);
        if (maxRetry.compareTo(firstRetry) < 0) maxRetry = firstRetry;
        if (giveUpAfter == null || !giveUpAfter.isPositive()) giveUpAfter = Duration.ofDays(1);
        if (connectTimeout == null || !connectTimeout.isPositive()) connectTimeout = Duration.ofSeconds(5);
        if (readTimeout == null || !readTimeout.isPositive()) readTimeout = Duration.ofSeconds(10);
        if (cacheTtl == null || cacheTtl.isNegative()) cacheTtl = Duration.ofSeconds(10);
    }

    /**
     * The wait after the {@code failures}-th failed attempt: the first retry doubled at each
     * further failure, capped, then spread by up to a fifth either way so that endpoints which
     * failed together do not all come back in the same second.
     */
    Duration backoff(int failures, RandomGenerator random) {
        long cap = maxRetry.toMillis();
        long base = firstRetry.toMillis();
        for (int i = 1; i < failures && base < cap; i++) base *= 2; // stops at the cap, so it never overflows
        base = Math.min(base, cap);
        double spread = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.min((long) (base * spread), cap)));
    }
}
