package dev.boucle.webhooks;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Webhook endpoints, their secrets and their deliveries; admin only. */
@ApiController("/api/v1/webhooks")
@Team.Admins
class WebhooksApi {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;

    WebhooksApi(Subscriptions subscriptions, Deliveries deliveries) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    record EndpointView(long id, String url, List<String> events, String description, boolean active, Instant createdAt,
            @Nullable Instant previousSecretValidUntil) {
        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.id(), e.url(), e.events().stream().map(WebhookEvent::wire).toList(), e.description(), e.active(),
                    e.createdAt(), e.previousSecretUntil() != null && e.previousSecretUntil().isAfter(Instant.now()) ? e.previousSecretUntil() : null);
        }
    }

    record Replayed(long id) {}

    /** Subscribes an endpoint; the answer holds its secret, which no later answer shows. */
    @PostMapping
    ResponseEntity<Subscriptions.Created> subscribe(@RequestBody Subscriptions.Subscription body) {
        Subscriptions.Created created = subscriptions.subscribe(body, CurrentUser.get().id());
        return ResponseEntity.created(URI.create("/api/v1/webhooks/" + created.id())).body(created);
    }

    @GetMapping
    List<EndpointView> list() {
        return subscriptions.all().stream().map(EndpointView::of).toList();
    }

    @GetMapping("/{id}")
    EndpointView one(@PathVariable long id) {
        return EndpointView.of(subscriptions.one(id));
    }

    @PutMapping("/{id}")
    EndpointView change(@PathVariable long id, @RequestBody Subscriptions.Subscription body) {
        return EndpointView.of(subscriptions.change(id, body));
    }

    /** Removes the endpoint with its deliveries and their log. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable long id) {
        subscriptions.remove(id);
        return ResponseEntity.noContent().build();
    }

    /** A new secret, shown once; the old one keeps signing alongside until {@code previousValidUntil}. */
    @PostMapping("/{id}/secret")
    Subscriptions.Rotated rotate(@PathVariable long id) {
        return subscriptions.rotate(id);
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable long id) {
        subscriptions.one(id);
        return deliveries.of(id);
    }

    /** Queues the delivery again (same message id and body) as a new row of the log. */
    @PostMapping("/{id}/deliveries/{deliveryId}/replay")
    ResponseEntity<Replayed> replay(@PathVariable long id, @PathVariable long deliveryId) {
        subscriptions.one(id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Replayed(deliveries.replay(id, deliveryId)));
    }
}
