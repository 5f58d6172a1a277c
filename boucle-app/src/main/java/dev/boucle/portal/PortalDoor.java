package dev.boucle.portal;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Who is on a portal route: the candidate of the session's link, and no one else. A staff bearer
 * token or a staff session is refused outright (the portal is not a way for staff to act as a
 * candidate), a session whose link was revoked or expired is signed out at once.
 */
@Component
class PortalDoor {

    /** No candidate session (or it ended): the page says how to get a fresh link; the API answers 401. */
    static class NotSignedIn extends RuntimeException {
        NotSignedIn() {
            super("no portal session", null, false, false);
        }
    }

    /** A staff credential on a candidate's route: 403. */
    static class StaffRefused extends RuntimeException {
        StaffRefused() {
            super("staff credentials do not open the portal", null, false, false);
        }
    }

    /** The candidate, and the staff member on whose behalf other modules are asked. */
    record Entry(PortalVisitor visitor, CurrentUser actor) {
        dev.boucle.hiring.CandidateId candidate() {
            return new dev.boucle.hiring.CandidateId(visitor.candidateId());
        }
    }

    private final SignInLinks links;
    private final Users users;

    PortalDoor(SignInLinks links, Users users) {
        this.links = links;
        this.users = users;
    }

    Entry enter(HttpServletRequest request) {
        refuseStaff(request);
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PortalVisitor.SESSION_KEY) instanceof PortalVisitor visitor)) throw new NotSignedIn();
        if (links.stillValid(visitor).isEmpty()) {
            session.removeAttribute(PortalVisitor.SESSION_KEY);
            throw new NotSignedIn();
        }
        CurrentUser actor = users.byId(visitor.actingFor()).orElseThrow(NotSignedIn::new);
        return new Entry(visitor, actor);
    }

    /** Signs the session in as the link's candidate, under a new session id (no fixation). */
    void signIn(HttpServletRequest request, PortalVisitor visitor) {
        refuseStaff(request);
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(PortalVisitor.SESSION_KEY, visitor);
    }

    void refuseStaff(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) throw new StaffRefused();
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
                instanceof SecurityContext context && context.getAuthentication() != null
                && context.getAuthentication().isAuthenticated()) {
            throw new StaffRefused();
        }
    }
}
