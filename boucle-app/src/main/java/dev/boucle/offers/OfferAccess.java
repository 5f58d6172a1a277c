package dev.boucle.offers;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.HiringAccess;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on offers. Recruiters and admins build and extend them; the job's hiring
 * manager sees them; the review committee sees the offers of candidates at OFFER; a person named
 * as an approver sees the offer they must decide on. Interviewers never see pay.
 */
@Component
class OfferAccess {

    private final HiringAccess hiring;
    private final ApplicationDetails details;
    private final JdbcClient jdbc;

    OfferAccess(HiringAccess hiring, ApplicationDetails details, JdbcClient jdbc) {
        this.hiring = hiring;
        this.details = details;
        this.jdbc = jdbc;
    }

    public static boolean builds(CurrentUser user) {
        return user.in(Team.RECRUITING);
    }

    public boolean canView(CurrentUser user, long applicationId) {
        if (builds(user)) return true;
        if (user.has(Role.HIRING_MANAGER) && hiring.canMoveApplication(user, applicationId)) return true;
        if (user.has(Role.COMMITTEE) && hiring.canSeeApplication(user, applicationId)) {
            return details.application(applicationId, user).position().stage() == StageKind.OFFER;
        }
        return false;
    }

    /** Named on any submission of this offer, by person or role: they may read what they decide on. */
    boolean namedApprover(CurrentUser user, long offerId) {
        return jdbc.sql("select exists(select 1 from offer_approvers where offer_id = ? and (user_id = ? or role = any(?::text[])))")
                .params(offerId, user.id(), user.roles().stream().map(Enum::name).toArray(String[]::new))
                .query(Boolean.class).single();
    }

    void requireView(CurrentUser user, Offer offer) {
        if (!canView(user, offer.applicationId()) && !namedApprover(user, offer.id())) deny();
    }

    void requireBuild(CurrentUser user) {
        if (!builds(user)) deny();
    }

    static void deny() {
        throw new AccessDeniedException("no relation to this offer");
    }
}
