package dev.boucle.webhooks;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.OncePerCluster;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Rows are claimed under a lease, then posted outside any transaction, a
 * batch at a time on virtual threads (a receiver that hangs for its timeouts does not hold the
 * others up), and each outcome written as it comes. 2xx is delivered; anything else (a redirect
 * included), a timeout or a refused address is logged and retried after a growing wait, until
 * {@code give-up-after} has passed since the row was queued: then it is FAILED. The address is
 * checked again at every attempt, and the connection goes to the address the check returned.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int BATCH = 20;
    private final Deliveries deliveries;
    private final Endpoints endpoints;
    private final WebhookSettings settings;
    private final OncePerCluster cluster;
    private final Clock clock;
    private final RandomGenerator random = RandomGenerator.getDefault();
    private final Duration lease;

    DeliveryWorker(Deliveries deliveries, Endpoints endpoints, WebhookSettings settings, OncePerCluster cluster, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.settings = settings;
        this.cluster = cluster;
        this.clock = clock;
        // An attempt takes at most both timeouts; the lease outlasts a batch of them with room to spare.
        this.lease = settings.connectTimeout().plus(settings.readTimeout()).multipliedBy(3).plusSeconds(30);
    }

    @Scheduled(fixedDelayString = "${boucle.webhooks.poll-ms}", initialDelayString = "${boucle.webhooks.poll-ms}")
    public void drain() {
        cluster.run("webhook-deliveries", () -> {
            List<Deliveries.Claimed> batch;
            do {
                batch = deliveries.claim(BATCH, lease);
                send(batch);
            } while (batch.size() == BATCH);
        });
    }

    private void send(List<Deliveries.Claimed> batch) {
        if (batch.isEmpty()) return;
        Map<Long, Optional<Endpoints.Keys>> keys = new HashMap<>();
        for (Deliveries.Claimed c : batch) keys.computeIfAbsent(c.endpointId(), endpoints::keys);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Deliveries.Claimed c : batch) {
                keys.get(c.endpointId()).ifPresent(k -> threads.submit(() -> attempt(c, k)));
            }
        }
    }

    void attempt(Deliveries.Claimed c, Endpoints.Keys keys) {
        long started = System.nanoTime();
        URI uri = URI.create(keys.url());
        Integer code = null;
        String error;
        try {
            List<InetAddress> addresses = ReceiverAddress.check(uri, settings.unsafeAllowLoopback(), ReceiverAddress.DNS);
            long timestamp = clock.instant().getEpochSecond();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("content-type", "application/json");
            headers.put("webhook-id", c.msgId());
            headers.put("webhook-timestamp", String.valueOf(timestamp));
            headers.put("webhook-signature", keys.secrets().stream().map(s -> s.sign(c.msgId(), timestamp, c.payload()))
                    .collect(Collectors.joining(" ")));
            code = PinnedPost.post(uri, addresses.getFirst(), headers, c.payload(), settings.connectTimeout(), settings.readTimeout());
            int latency = millisSince(started);
            if (code >= 200 && code < 300) {
                deliveries.delivered(c.id(), code, latency);
                log.info("webhook {} delivered to endpoint {} ({}, {} ms)", c.msgId(), c.endpointId(), code, latency);
                return;
            }
            error = "HTTP " + code;
        } catch (BadInput refused) {
            error = "refused: " + refused.messageKey();
        } catch (IOException | RuntimeException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int latency = millisSince(started);
        int failures = c.attempts() + 1;
        boolean giveUp = !Instant.now(clock).isBefore(c.createdAt().plus(settings.giveUpAfter()));
        Duration wait = giveUp ? null : settings.backoff(failures, random);
        String shown = error.length() > 300 ? error.substring(0, 300) : error;
        deliveries.failed(c.id(), code, shown, latency, wait);
        log.warn("webhook {} to endpoint {} at {} failed (attempt {}, {} ms): {}; {}", c.msgId(), c.endpointId(), ReceiverAddress.shown(uri),
                failures, latency, shown, wait == null ? "given up" : "next in " + wait.toMillis() + " ms");
    }

    private static int millisSince(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
