package dev.boucle.offers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An offer as the API shows it: terms, band, approvals with who and why, the date to answer by,
 * why it was declined (null unless declined with a reason), and its history.
 */
record OfferJson(long id, long applicationId, long candidateId, String candidateName, String jobTitle, String track, String level,
        OfferState state, LocalDate respondBy, DeclineReason declineReason, String office, String currency, BigDecimal base, BigDecimal bonusTargetPercent, BigDecimal bonusTarget,
        BigDecimal signOn, BigDecimal relocation, BigDecimal annualCash, BigDecimal firstYearCash, EquityJson equity,
        LocalDate startDate, Band band, ApprovalJson approval, List<OfferEvent> events) {

    record EquityJson(String instrument, long units, BigDecimal strike, BigDecimal valuation, BigDecimal paperValue,
            int vestingMonths, int cliffMonths, String liquidityNote) {
        static EquityJson of(Equity e) {
            return new EquityJson(e.instrument().name(), e.units(), e.strike(), e.valuation(), e.paperValue(), e.vestingMonths(),
                    e.cliffMonths(), e.liquidityNote());
        }
    }

    record ApprovalJson(List<String> reasons, String mode, Integer required, int submission,
            List<ReadingOffers.ApproverView> approvers, List<ReadingOffers.DecisionView> decisions) {}

    static OfferJson of(ReadingOffers.OfferFile f) {
        Offer o = f.offer();
        var t = o.terms();
        return new OfferJson(o.id(), o.applicationId(), f.candidateId(), f.candidateName(), f.jobTitle(), f.track(), f.level(),
                o.state(), o.respondBy(), o.declineReason(), t.office(), t.currency(), t.base(), t.bonusTargetPercent(), t.bonusTarget(), t.signOn(), t.relocation(),
                t.annualCash(), t.firstYearCash(), t.equity().map(EquityJson::of).orElse(null), t.startDate(), f.band().orElse(null),
                new ApprovalJson(o.approvalReasons(), o.approvalMode() == null ? null : o.approvalMode().name(), o.approvalsRequired(),
                        o.submission(), f.approvers(), f.decisions()),
                f.events());
    }
}
