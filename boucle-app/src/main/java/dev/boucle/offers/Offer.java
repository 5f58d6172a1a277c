package dev.boucle.offers;

import java.time.Instant;
import java.util.List;

/**
 * An offer as stored: its terms, its state, and, once submitted, why it needed approval and how
 * many approvals its current submission needs.
 */
public record Offer(long id, long applicationId, OfferState state, OfferTerms terms, List<String> approvalReasons,
        ApprovalPolicy.Mode approvalMode, Integer approvalsRequired, int submission, long createdBy, Instant createdAt,
        Instant updatedAt) {

    public Offer {
        approvalReasons = List.copyOf(approvalReasons);
    }
}
