package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every state against every command: the legal moves and nothing else. */
class OfferLifecycleTest {

    @ParameterizedTest(name = "{0} + {1} (approval needed: {2}) -> {3}")
    @DisplayName("an offer moves only along draft, pending approval, approved, extended, then accepted, declined or expired")
    @CsvSource({
            "DRAFT, SUBMIT, true, PENDING_APPROVAL",
            "DRAFT, SUBMIT, false, APPROVED",
            "APPROVED, EXTEND, false, EXTENDED",
            "EXTENDED, ACCEPT, false, ACCEPTED",
            "EXTENDED, DECLINE, false, DECLINED",
            "EXTENDED, EXPIRE, false, EXPIRED"})
    void legal(OfferState at, OfferAction action, boolean needsApproval, OfferState next) {
        assertThat(OfferLifecycle.decide(at, action, needsApproval)).isInstanceOfSatisfying(OfferLifecycle.Outcome.Moved.class,
                m -> assertThat(m.next()).isEqualTo(next));
    }

    @ParameterizedTest(name = "{0} + {1} is refused with {2}")
    @DisplayName("every other move is refused with its reason")
    @CsvSource({
            "DRAFT, EXTEND, offer.refused.illegal", "DRAFT, ACCEPT, offer.refused.illegal",
            "PENDING_APPROVAL, SUBMIT, offer.refused.illegal", "PENDING_APPROVAL, EXTEND, offer.refused.illegal",
            "APPROVED, SUBMIT, offer.refused.illegal", "APPROVED, ACCEPT, offer.refused.illegal",
            "EXTENDED, SUBMIT, offer.refused.illegal", "EXTENDED, EXTEND, offer.refused.illegal",
            "ACCEPTED, DECLINE, offer.refused.closed", "DECLINED, ACCEPT, offer.refused.closed", "EXPIRED, EXTEND, offer.refused.closed"})
    void illegal(OfferState at, OfferAction action, String reason) {
        assertThat(OfferLifecycle.decide(at, action, true)).isInstanceOfSatisfying(OfferLifecycle.Outcome.Refused.class,
                r -> assertThat(r.reasonKey()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "a decision on an offer that is {0} is refused")
    @DisplayName("only an offer waiting for approval takes approvals")
    @CsvSource({"DRAFT", "APPROVED", "EXTENDED", "ACCEPTED"})
    void approvalsOnlyWhenPending(OfferState at) {
        assertThat(OfferLifecycle.decideApproval(at, false, true)).isInstanceOf(OfferLifecycle.Outcome.Refused.class);
    }

    @org.junit.jupiter.api.Test
    @DisplayName("a refusal sends the offer back to draft; the last approval needed approves it")
    void approvals() {
        assertThat(OfferLifecycle.decideApproval(OfferState.PENDING_APPROVAL, true, false))
                .isEqualTo(new OfferLifecycle.Outcome.Moved(OfferState.DRAFT, OfferEventType.APPROVAL_REFUSED));
        assertThat(OfferLifecycle.decideApproval(OfferState.PENDING_APPROVAL, false, false))
                .isEqualTo(new OfferLifecycle.Outcome.Moved(OfferState.PENDING_APPROVAL, OfferEventType.APPROVAL_GRANTED));
        assertThat(OfferLifecycle.decideApproval(OfferState.PENDING_APPROVAL, false, true))
                .isEqualTo(new OfferLifecycle.Outcome.Moved(OfferState.APPROVED, OfferEventType.APPROVED));
    }
}
