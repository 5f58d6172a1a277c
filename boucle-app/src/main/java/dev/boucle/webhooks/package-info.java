/**
 * Webhooks: admins subscribe an HTTPS endpoint to event types; the other modules' events become
 * deliveries in an outbox written in the event's own transaction, sent by a worker with Standard
 * Webhooks signatures, retried with exponential back-off for a day, logged attempt by attempt and
 * replayable. Receivers on private, loopback or link-local addresses are refused at subscription
 * and again at every delivery, and the connection goes to the very address that was checked.
 *
 * <p>Payloads carry ids and states only, never names, e-mail addresses, notes or scores: a
 * receiver that needs more asks the API with a token of its own, under its roles.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.webhooks;
