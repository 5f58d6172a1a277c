package dev.boucle.coding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this host runs the judge.
 *
 * @param workers     judge workers on this host (0: this host only queues; other hosts judge)
 * @param lease       how long a claimed submission stays with its worker without a renewal; a
 *                    worker renews every third of it, so a dead worker's job waits at most this long
 * @param maxAttempts claims of one submission before it is given up as the judge's own failure
 * @param poll        how often an idle worker looks for work queued by other hosts
 * @param extraBank   a folder with a company's own problems and a {@code bank.yaml} saying what
 *                    they are for (same format as the shipped one), added to the shipped bank
 */
@ConfigurationProperties("boucle.judge")
public record JudgeProperties(Integer workers, Duration lease, Integer maxAttempts, Duration poll, java.nio.file.Path extraBank) {

    public JudgeProperties {
        if (workers == null) workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        if (workers < 0 || workers > 256) throw new IllegalArgumentException("boucle.judge.workers must be between 0 and 256");
        if (lease == null) lease = Duration.ofSeconds(60);
        if (lease.toSeconds() < 3) throw new IllegalArgumentException("boucle.judge.lease must be at least 3 seconds");
        if (maxAttempts == null) maxAttempts = 3;
        if (poll == null) poll = Duration.ofMillis(500);
    }
}
