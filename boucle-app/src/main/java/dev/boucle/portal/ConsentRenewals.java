package dev.boucle.portal;

import dev.boucle.privacy.ConsentRenewalDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a talent-pool consent is about to lapse, the candidate gets a link to renew it from their portal. */
@Component
class ConsentRenewals {

    private final SignInLinks links;

    ConsentRenewals(SignInLinks links) {
        this.links = links;
    }

    /** In the retention run's transaction: the request is recorded and its mail queued together. */
    @EventListener
    void due(ConsentRenewalDue due) {
        links.askRenewal(due.candidate().value(), due.lapsesAt());
    }
}
