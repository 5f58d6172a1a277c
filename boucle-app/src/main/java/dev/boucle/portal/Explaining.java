package dev.boucle.portal;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.privacy.ExplanationRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The candidate asks for an explanation of a decision about one of their applications (AI Act
 * Art. 86): the privacy module records it and tells the recruiters. Another candidate's
 * application is a 404, as if it did not exist.
 */
@Component
class Explaining {

    private final Planning planning;
    private final ApplicationDetails details;
    private final ExplanationRequests requests;

    Explaining(Planning planning, ApplicationDetails details, ExplanationRequests requests) {
        this.planning = planning;
        this.details = details;
        this.requests = requests;
    }

    ExplanationRequests.Request ask(PortalDoor.Entry entry, long applicationId, @Nullable String question) {
        ApplicationId own = planning.own(entry, applicationId);
        return requests.ask(details.application(own.value(), entry.actor()), question, ExplanationRequests.Via.PORTAL, null);
    }
}
