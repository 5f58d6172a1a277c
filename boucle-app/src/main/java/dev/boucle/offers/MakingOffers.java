package dev.boucle.offers;

import dev.boucle.hiring.Action;
import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.Job;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Building an offer on an application at OFFER, editing its draft, and moving it through its
 * states. Each change and its history entry are written in one transaction under a row lock;
 * a refusal changes nothing. Accepting the offer hires the candidate through hiring's own move.
 */
@Service
class MakingOffers {

    static final int MAX_REASON = 2000;
    private final Offers offers;
    private final OfferHistory history;
    private final Approvals approvals;
    private final CompBands bands;
    private final OfferAccess access;
    private final ApplicationDetails details;
    private final MovingApplications moves;
    private final Users users;
    private final OfficeCalendar calendar;
    private final Clock clock;

    MakingOffers(Offers offers, OfferHistory history, Approvals approvals, CompBands bands, OfferAccess access,
            ApplicationDetails details, MovingApplications moves, Users users, OfficeCalendar calendar, Clock clock) {
        this.offers = offers;
        this.history = history;
        this.approvals = approvals;
        this.bands = bands;
        this.access = access;
        this.details = details;
        this.moves = moves;
        this.users = users;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Transactional
    public Offer create(long applicationId, OfferForm form, CurrentUser actor) {
        access.requireBuild(actor);
        ApplicationDetails.Details app = details.application(applicationId, actor);
        if (app.position().stage() != StageKind.OFFER || app.position().status() != ApplicationStatus.ACTIVE) {
            throw new Conflict("offer.refused.not-at-offer");
        }
        if (offers.hasOpen(applicationId)) throw new Conflict("offer.refused.open-offer");
        OfferTerms terms = form.validate(officeFacts(), today());
        Instant now = clock.instant();
        long id = offers.insert(applicationId, terms, actor.id(), now);
        history.append(id, OfferEventType.CREATED, null, OfferState.DRAFT, actor.id(), actor.name(), null, now);
        return offers.byId(id).orElseThrow();
    }

    /** Only a draft can change; an offer sent back by an approver is a draft again. */
    @Transactional
    public Offer edit(long offerId, OfferForm form, CurrentUser actor) {
        access.requireBuild(actor);
        Offer offer = offers.lock(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        if (offer.state() != OfferState.DRAFT) throw new Conflict("offer.refused.not-draft", state(offer.state()));
        OfferTerms terms = form.validate(officeFacts(), today());
        Instant now = clock.instant();
        offers.update(offerId, terms, now);
        history.append(offerId, OfferEventType.EDITED, OfferState.DRAFT, OfferState.DRAFT, actor.id(), actor.name(), null, now);
        return offers.byId(offerId).orElseThrow();
    }

    public Offer move(long offerId, OfferAction action, String reason, CurrentUser actor) {
        return move(offerId, action, reason, null, null, actor);
    }

    public Offer move(long offerId, OfferAction action, String reason, String respondBy, CurrentUser actor) {
        return move(offerId, action, reason, respondBy, null, actor);
    }

    /**
     * {@code respondBy} (ISO date, extending only) is when the candidate must answer; blank means
     * a week from today in the offer's office. {@code declineReason} (declining only, one of
     * {@link DeclineReason}) is why the candidate said no; blank means not said, as older clients send.
     */
    @Transactional
    public Offer move(long offerId, OfferAction action, String reason, String respondBy, String declineReason, CurrentUser actor) {
        access.requireBuild(actor);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_REASON) throw new BadInput(Map.of("reason", "offer.error.too-long"), "offer.error.too-long");
        boolean dated = respondBy != null && !respondBy.isBlank();
        if (dated && action != OfferAction.EXTEND) throw RespondBy.refused("offer.error.respond-by-extend-only");
        DeclineReason declined = declineReason(declineReason, action);
        Offer offer = offers.lock(offerId).orElseThrow(() -> new NotFound("offer", offerId));
        Job job = details.application(offer.applicationId(), actor).job();
        // Checked after the caller's right to the application, so a stranger learns nothing from a bad date.
        LocalDate answerBy = action == OfferAction.EXTEND ? RespondBy.choose(respondBy, calendar.today(offer.terms().office())) : null;
        BandBook book = bands.current();
        List<BandCheck.Reason> reasons = action == OfferAction.SUBMIT
                ? BandCheck.reasons(offer.terms(), book.band(job.track(), job.level(), offer.terms().office()), book.approvals())
                : List.of();
        return switch (OfferLifecycle.decide(offer.state(), action, !reasons.isEmpty())) {
            case OfferLifecycle.Outcome.Refused r -> throw new Conflict(r.reasonKey(), localisable(r.args()));
            case OfferLifecycle.Outcome.Moved m -> {
                Instant now = clock.instant();
                if (action == OfferAction.SUBMIT) submit(offer, reasons, book.approvals(), job);
                offers.moveTo(offerId, m.next(), now);
                if (answerBy != null) offers.respondBy(offerId, answerBy);
                if (declined != null) offers.declinedFor(offerId, declined);
                history.append(offerId, m.event(), offer.state(), m.next(), actor.id(), actor.name(), why, declined, now);
                // The candidate said yes: the application leaves OFFER as hired, by hiring's own rules (a refusal rolls all back).
                if (m.next() == OfferState.ACCEPTED) moves.move(offer.applicationId(), Action.ADVANCE, why, actor);
                yield offers.byId(offerId).orElseThrow();
            }
        };
    }

    /** The reason asked for, or null when none was; refused, naming the field, with another action or outside the set. */
    private static DeclineReason declineReason(String raw, OfferAction action) {
        if (raw == null || raw.isBlank()) return null;
        if (action != OfferAction.DECLINE) {
            throw new BadInput(Map.of("declineReason", "offer.error.decline-reason-decline-only"), "offer.error.decline-reason-decline-only");
        }
        return DeclineReason.parse(raw)
                .orElseThrow(() -> new BadInput(Map.of("declineReason", "offer.error.decline-reason"), "offer.error.decline-reason"));
    }

    /** Names the approvers of this submission, from the policy in force, in its order. */
    private void submit(Offer offer, List<BandCheck.Reason> reasons, ApprovalPolicy policy, Job job) {
        if (reasons.isEmpty()) {
            offers.submit(offer.id(), List.of(), null, null);
            return;
        }
        List<Object[]> slots = new ArrayList<>();
        for (ApprovalPolicy.Approver approver : policy.approvers()) {
            switch (approver) {
                case ApprovalPolicy.Approver.HiringManager hm -> {
                    if (job.hiringManagerId() == null) throw new Conflict("offer.refused.no-hiring-manager");
                    slots.add(new Object[] {job.hiringManagerId(), null});
                }
                case ApprovalPolicy.Approver.AnyWithRole role -> slots.add(new Object[] {null, role.role()});
                case ApprovalPolicy.Approver.Named named -> slots.add(new Object[] {users.byEmail(named.email())
                        .orElseThrow(() -> new Conflict("offer.refused.unknown-approver", named.email())).id(), null});
            }
        }
        int required = policy.mode() == ApprovalPolicy.Mode.IN_ORDER ? slots.size() : policy.required();
        int submission = offers.submit(offer.id(), reasons.stream().map(Enum::name).toList(), policy.mode(), required);
        for (int i = 0; i < slots.size(); i++) {
            approvals.addSlot(offer.id(), submission, i + 1, (Long) slots.get(i)[0], (String) slots.get(i)[1]);
        }
    }

    Map<String, OfferForm.OfficeFacts> officeFacts() {
        Map<String, OfferForm.OfficeFacts> facts = new java.util.LinkedHashMap<>();
        BandBook book = bands.current();
        book.offices().forEach((key, residence) -> facts.put(key, new OfferForm.OfficeFacts(currencyOf(key), residence.country())));
        return facts;
    }

    private String currencyOf(String office) {
        return bands.officeCurrency(office);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static Object state(OfferState state) {
        return new DefaultMessageSourceResolvable("offer.state." + state.name());
    }

    static Object[] localisable(List<Object> args) {
        return args.stream().map(a -> switch (a) {
            case OfferState s -> state(s);
            case OfferAction x -> new DefaultMessageSourceResolvable("offer.action." + x.name());
            default -> a;
        }).toArray();
    }
}
