package dev.boucle.offers;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Offers through the API: build, edit, move, approve, compare. */
@ApiController("/api/v1")
class OffersApi {

    private final MakingOffers making;
    private final ApprovingOffers approving;
    private final ReadingOffers reading;
    private final LetterDownload letters;

    OffersApi(MakingOffers making, ApprovingOffers approving, ReadingOffers reading, LetterDownload letters) {
        this.letters = letters;
        this.making = making;
        this.approving = approving;
        this.reading = reading;
    }

    @PostMapping("/applications/{id}/offers")
    @Team.Recruiting
    ResponseEntity<OfferJson> create(@PathVariable long id, @RequestBody OfferForm form) {
        Offer offer = making.create(id, form, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/offers/" + offer.id())).body(OfferJson.of(reading.file(offer.id(), CurrentUser.get())));
    }

    @GetMapping("/applications/{id}/offers")
    @dev.boucle.platform.ReadsCandidateData(value = "application", reason = "OFFER")
    @Team.Review
    List<OfferJson> ofApplication(@PathVariable long id) {
        CurrentUser user = CurrentUser.get();
        return reading.ofApplication(id, user).stream().map(o -> OfferJson.of(reading.file(o.id(), user))).toList();
    }

    @GetMapping("/offers/{id}")
    @Team.Review
    OfferJson one(@PathVariable long id) {
        return OfferJson.of(reading.file(id, CurrentUser.get()));
    }

    @PutMapping("/offers/{id}")
    @Team.Recruiting
    OfferJson edit(@PathVariable long id, @RequestBody OfferForm form) {
        making.edit(id, form, CurrentUser.get());
        return OfferJson.of(reading.file(id, CurrentUser.get()));
    }

    /**
     * {@code respondBy} only with {@code extend}: the date the candidate must answer by;
     * {@code declineReason} only with {@code decline}: why the candidate said no.
     */
    record Transition(String action, String reason, String respondBy, String declineReason) {}

    @PostMapping("/offers/{id}/transitions")
    @Team.Recruiting
    OfferJson move(@PathVariable long id, @RequestBody Transition t) {
        OfferAction action = OfferAction.parse(t.action())
                .orElseThrow(() -> new BadInput(Map.of("action", "offer.error.action"), "offer.error.action"));
        making.move(id, action, t.reason(), t.respondBy(), t.declineReason(), CurrentUser.get());
        return OfferJson.of(reading.file(id, CurrentUser.get()));
    }

    record ApprovalRequest(String decision, String reason) {}

    @PostMapping("/offers/{id}/approvals")
    @Team.Review
    OfferJson approve(@PathVariable long id, @RequestBody ApprovalRequest request) {
        ApprovingOffers.Decision decision = Forms.decision(request.decision());
        approving.decide(id, decision, request.reason(), CurrentUser.get());
        return OfferJson.of(reading.file(id, CurrentUser.get()));
    }

    @GetMapping("/offers/{id}/letter.pdf")
    @Team.Review
    ResponseEntity<byte[]> letter(@PathVariable long id, @RequestParam(defaultValue = "en") String lang) {
        return letters.pdf(id, lang);
    }

    @GetMapping("/offers/{id}/comparison")
    @Team.Review
    ComparisonJson comparison(@PathVariable long id, @RequestParam MultiValueMap<String, String> query) {
        OfferComparison.Comparison c = reading.comparison(id, Forms.household(query), CurrentUser.get());
        return ComparisonJson.of(c);
    }
}
