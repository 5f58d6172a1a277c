package dev.boucle.offers;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Reading offers with what a page or the API shows of them, for someone allowed to see them. */
@Service
public class ReadingOffers {

    private final Offers offers;
    private final OfferHistory history;
    private final Approvals approvals;
    private final CompBands bands;
    private final OfferAccess access;
    private final ApplicationDetails details;
    private final OfferComparison comparison;

    ReadingOffers(Offers offers, OfferHistory history, Approvals approvals, CompBands bands, OfferAccess access,
            ApplicationDetails details, OfferComparison comparison) {
        this.offers = offers;
        this.history = history;
        this.approvals = approvals;
        this.bands = bands;
        this.access = access;
        this.details = details;
        this.comparison = comparison;
    }

    /** An approver's place in the current submission, and what they decided if they did. */
    public record ApproverView(int position, String name, String role, String decision, String decidedBy, String reason, Instant at) {}

    /** A decision of any submission, for the record. */
    public record DecisionView(int submission, int position, String approver, boolean approved, String reason, Instant at) {}

    public record OfferFile(Offer offer, long candidateId, String candidateName, String jobTitle, String track, String level,
            Optional<Band> band, List<ApproverView> approvers, List<DecisionView> decisions, List<OfferEvent> events,
            boolean canBuild, boolean canDecide) {}

    public OfferFile file(long offerId, CurrentUser user) {
        Offer offer = offers.byId(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        access.requireView(user, offer);
        // The approver's view of the application goes through the builder's rights when they are not related otherwise.
        var app = details.application(offer.applicationId(), access.canView(user, offer.applicationId()) ? user : systemViewOf(user));
        List<Approvals.Decision> all = approvals.decisions(offerId);
        List<ApproverView> slots = approvals.slots(offerId, offer.submission()).stream().map(s -> {
            Optional<Approvals.Decision> d = all.stream()
                    .filter(x -> x.submission() == offer.submission() && x.position() == s.position()).findFirst();
            return new ApproverView(s.position(), s.userName(), s.role(), d.map(x -> x.approved() ? "APPROVED" : "REFUSED").orElse(null),
                    d.map(Approvals.Decision::approverName).orElse(null), d.map(Approvals.Decision::reason).orElse(null),
                    d.map(Approvals.Decision::at).orElse(null));
        }).toList();
        boolean canDecide = offer.state() == OfferState.PENDING_APPROVAL && approvals.slots(offerId, offer.submission()).stream()
                .anyMatch(s -> ApprovingOffers.holds(s, user) && slots.get(s.position() - 1).decision() == null)
                && all.stream().noneMatch(d -> d.submission() == offer.submission() && d.approverId() == user.id());
        return new OfferFile(offer, app.candidate().id(), app.candidate().name(), app.job().title(), app.job().track(), app.job().level(),
                bands.current().band(app.job().track(), app.job().level(), offer.terms().office()), slots,
                all.stream().map(d -> new DecisionView(d.submission(), d.position(), d.approverName(), d.approved(), d.reason(), d.at()))
                        .toList(),
                history.of(offerId), OfferAccess.builds(user), canDecide);
    }

    public List<Offer> ofApplication(long applicationId, CurrentUser user) {
        if (!access.canView(user, applicationId)) OfferAccess.deny();
        return offers.ofApplication(applicationId);
    }

    public OfferComparison.Comparison comparison(long offerId, TaxResidence.Household household, CurrentUser user) {
        Offer offer = offers.byId(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        access.requireView(user, offer);
        return comparison.of(offer, household);
    }

    private static CurrentUser systemViewOf(CurrentUser user) {
        return new CurrentUser(user.id(), user.email(), user.name(), java.util.Set.of(dev.boucle.people.Role.RECRUITER), user.locale(), null);
    }
}
