package dev.boucle.offers;

import java.util.List;

/**
 * The offer's state machine as a pure function: a state, a command and whether approval is
 * needed in, a move with the event to record or a refusal with its message key out.
 * draft → (pending approval) → approved → extended → accepted | declined | expired; a refusal by
 * an approver sends the offer back to draft.
 */
final class OfferLifecycle {

    private OfferLifecycle() {}

    public sealed interface Outcome {
        record Moved(OfferState next, OfferEventType event) implements Outcome {}

        record Refused(String reasonKey, List<Object> args) implements Outcome {
            Refused(String reasonKey, Object... args) {
                this(reasonKey, List.of(args));
            }
        }
    }

    public static Outcome decide(OfferState at, OfferAction action, boolean needsApproval) {
        if (at.closed()) return new Outcome.Refused("offer.refused.closed", at);
        return switch (action) {
            case SUBMIT -> at != OfferState.DRAFT ? refused(at, action)
                    : needsApproval ? new Outcome.Moved(OfferState.PENDING_APPROVAL, OfferEventType.SUBMITTED)
                    : new Outcome.Moved(OfferState.APPROVED, OfferEventType.APPROVED_WITHIN_POLICY);
            case EXTEND -> at != OfferState.APPROVED ? refused(at, action) : new Outcome.Moved(OfferState.EXTENDED, OfferEventType.EXTENDED);
            case ACCEPT -> at != OfferState.EXTENDED ? refused(at, action) : new Outcome.Moved(OfferState.ACCEPTED, OfferEventType.ACCEPTED);
            case DECLINE -> at != OfferState.EXTENDED ? refused(at, action) : new Outcome.Moved(OfferState.DECLINED, OfferEventType.DECLINED);
            case EXPIRE -> at != OfferState.EXTENDED ? refused(at, action) : new Outcome.Moved(OfferState.EXPIRED, OfferEventType.EXPIRED);
        };
    }

    /** An approver's decision: only a pending offer takes one. */
    public static Outcome decideApproval(OfferState at, boolean refusal, boolean lastNeeded) {
        if (at != OfferState.PENDING_APPROVAL) return new Outcome.Refused("offer.refused.not-pending", at);
        if (refusal) return new Outcome.Moved(OfferState.DRAFT, OfferEventType.APPROVAL_REFUSED);
        return lastNeeded ? new Outcome.Moved(OfferState.APPROVED, OfferEventType.APPROVED)
                : new Outcome.Moved(OfferState.PENDING_APPROVAL, OfferEventType.APPROVAL_GRANTED);
    }

    private static Outcome refused(OfferState at, OfferAction action) {
        return new Outcome.Refused("offer.refused.illegal", action, at);
    }
}
