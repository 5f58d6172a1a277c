package dev.boucle.webhooks;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Subscribing endpoints, editing, removing them and rotating their secrets (admins only; the
 * routes say so). Every field is checked before anything is written, and the receiver's name is
 * resolved and refused if it leads inside the network.
 */
@Service
class Subscriptions {

    static final int MAX_DESCRIPTION = 500;
    private final Endpoints endpoints;
    private final WebhookSettings settings;
    private final Clock clock;

    Subscriptions(Endpoints endpoints, WebhookSettings settings, Clock clock) {
        this.endpoints = endpoints;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an admin sends: a null {@code active} keeps the endpoint as it is (on when new). */
    record Subscription(@Nullable String url, @Nullable List<@Nullable String> events, @Nullable String description,
            @Nullable Boolean active) {}

    /** A new endpoint's id and its secret, which is shown this once. */
    record Created(long id, String secret) {}

    record Rotated(long id, String secret, Instant previousValidUntil) {}

    private record Checked(String url, Set<WebhookEvent> events, String description) {}

    Created subscribe(Subscription s, long admin) {
        Checked c = check(s);
        WebhookSecret secret = WebhookSecret.generate();
        return new Created(endpoints.insert(c.url(), c.events(), c.description(), secret, admin), secret.value());
    }

    WebhookEndpoint change(long id, Subscription s) {
        WebhookEndpoint before = one(id);
        Checked c = check(s);
        endpoints.update(id, c.url(), c.events(), c.description(), s.active() == null ? before.active() : s.active());
        return one(id);
    }

    /** Pauses (nothing is queued for it, its pending deliveries wait) or resumes an endpoint, leaving the rest as it is. */
    WebhookEndpoint activate(long id, boolean active) {
        if (!endpoints.activate(id, active)) throw new NotFound("webhook", id);
        return one(id);
    }

    void remove(long id) {
        if (!endpoints.delete(id)) throw new NotFound("webhook", id);
    }

    Rotated rotate(long id) {
        one(id);
        WebhookSecret next = WebhookSecret.generate();
        Instant until = clock.instant().plus(settings.rotationOverlap());
        endpoints.rotate(id, next, until);
        return new Rotated(id, next.value(), until);
    }

    WebhookEndpoint one(long id) {
        return endpoints.byId(id).orElseThrow(() -> new NotFound("webhook", id));
    }

    List<WebhookEndpoint> all() {
        return endpoints.all();
    }

    private Checked check(Subscription s) {
        Map<String, String> errors = new LinkedHashMap<>();
        String url = null;
        try {
            URI uri = ReceiverAddress.parse(s.url(), settings.unsafeAllowLoopback());
            ReceiverAddress.check(uri, settings.unsafeAllowLoopback(), ReceiverAddress.DNS);
            url = uri.toString();
        } catch (BadInput bad) {
            errors.putAll(bad.fieldErrors());
        }
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        if (s.events() == null || s.events().isEmpty()) errors.put("events", "webhooks.events.empty");
        else for (String name : s.events()) {
            if (name == null || WebhookEvent.of(name).isEmpty()) errors.put("events", "webhooks.events.unknown");
            else events.add(WebhookEvent.of(name).get());
        }
        String description = s.description() == null ? "" : s.description().strip();
        if (description.length() > MAX_DESCRIPTION) errors.put("description", "webhooks.description.too-long");
        if (!errors.isEmpty() || url == null) {
            throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        }
        return new Checked(url, events, description);
    }
}
