package dev.boucle.offers;

import dev.boucle.people.CurrentUser;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approving or refusing an offer that needs it. Only a person named by the submission (or holding
 * a role it names) decides, once per submission; in order, each waits for the one before. Every
 * decision is kept with who and why; a refusal needs a reason and sends the offer back to draft.
 */
@Service
class ApprovingOffers {

    private final Offers offers;
    private final Approvals approvals;
    private final OfferHistory history;
    private final OfferAccess access;
    private final Clock clock;

    ApprovingOffers(Offers offers, Approvals approvals, OfferHistory history, OfferAccess access, Clock clock) {
        this.access = access;
        this.offers = offers;
        this.approvals = approvals;
        this.history = history;
        this.clock = clock;
    }

    public enum Decision { APPROVE, REFUSE }

    @Transactional
    public Offer decide(long offerId, Decision decision, String reason, CurrentUser approver) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (decision == Decision.REFUSE && why == null) {
            throw new BadInput(Map.of("reason", "offer.approval.reason-required"), "offer.approval.reason-required");
        }
        if (why != null && why.length() > MakingOffers.MAX_REASON) {
            throw new BadInput(Map.of("reason", "offer.error.too-long"), "offer.error.too-long");
        }
        Offer offer = offers.lock(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        access.requireView(approver, offer);
        List<Approvals.Slot> slots = approvals.slots(offerId, offer.submission());
        Set<Integer> decided = approvals.decisions(offerId).stream().filter(d -> d.submission() == offer.submission())
                .map(Approvals.Decision::position).collect(Collectors.toSet());
        List<Approvals.Slot> mine = slots.stream().filter(s -> !decided.contains(s.position()) && holds(s, approver)).toList();
        boolean alreadyDecided = approvals.decisions(offerId).stream()
                .anyMatch(d -> d.submission() == offer.submission() && d.approverId() == approver.id());
        if (offer.state() == OfferState.PENDING_APPROVAL && mine.isEmpty() && !alreadyDecided) OfferAccess.deny();
        if (offer.state() == OfferState.PENDING_APPROVAL && alreadyDecided) throw new Conflict("offer.refused.already-decided");
        Optional<Approvals.Slot> next = slots.stream().filter(s -> !decided.contains(s.position())).findFirst();
        if (offer.state() == OfferState.PENDING_APPROVAL && offer.approvalMode() == ApprovalPolicy.Mode.IN_ORDER
                && next.isPresent() && !holds(next.get(), approver)) {
            throw new Conflict("offer.refused.not-your-turn", describe(next.get()));
        }
        int approvedSoFar = (int) approvals.decisions(offerId).stream()
                .filter(d -> d.submission() == offer.submission() && d.approved()).count();
        boolean last = offer.approvalsRequired() != null && approvedSoFar + 1 >= offer.approvalsRequired();
        return switch (OfferLifecycle.decideApproval(offer.state(), decision == Decision.REFUSE, last)) {
            case OfferLifecycle.Outcome.Refused r -> throw new Conflict(r.reasonKey(), MakingOffers.localisable(r.args()));
            case OfferLifecycle.Outcome.Moved m -> {
                Instant now = clock.instant();
                Approvals.Slot slot = offer.approvalMode() == ApprovalPolicy.Mode.IN_ORDER ? next.orElseThrow() : mine.getFirst();
                approvals.decide(offerId, offer.submission(), slot.position(), approver.id(), approver.name(),
                        decision == Decision.APPROVE, why, now);
                if (m.next() != offer.state()) offers.moveTo(offerId, m.next(), now);
                history.append(offerId, decision == Decision.REFUSE ? OfferEventType.APPROVAL_REFUSED : OfferEventType.APPROVAL_GRANTED,
                        offer.state(), decision == Decision.REFUSE ? m.next() : offer.state(), approver.id(), approver.name(), why, now);
                if (m.event() == OfferEventType.APPROVED) {
                    history.append(offerId, OfferEventType.APPROVED, offer.state(), m.next(), approver.id(), approver.name(), null, now);
                }
                yield offers.byId(offerId).orElseThrow();
            }
        };
    }

    static boolean holds(Approvals.Slot slot, CurrentUser user) {
        return slot.userId() != null ? slot.userId() == user.id()
                : user.roles().stream().anyMatch(r -> r.name().equals(slot.role()));
    }

    private static Object describe(Approvals.Slot slot) {
        return slot.userName() != null ? slot.userName()
                : new org.springframework.context.support.DefaultMessageSourceResolvable("role." + slot.role());
    }
}
