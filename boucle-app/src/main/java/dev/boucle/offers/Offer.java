package dev.boucle.offers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as stored: its terms, its state, and, once submitted, why it needed approval and how
 * many approvals its current submission needs. Once extended, the date the candidate must answer
 * by (a calendar date in the office's zone; null before). Once declined, why, when the recruiter
 * recorded it (null otherwise).
 */
public record Offer(long id, long applicationId, OfferState state, LocalDate respondBy, OfferTerms terms, List<String> approvalReasons,
        ApprovalPolicy.Mode approvalMode, Integer approvalsRequired, int submission, long createdBy, Instant createdAt,
        Instant updatedAt, DeclineReason declineReason) {

    public Offer {
        approvalReasons = List.copyOf(approvalReasons);
    }
}
