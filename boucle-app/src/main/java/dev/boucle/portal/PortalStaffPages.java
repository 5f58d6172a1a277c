package dev.boucle.portal;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Send portal link" on the candidate's page: the e-mail goes out, the page shows the link once and until when it works. */
@Controller
class PortalStaffPages {

    private final SignInLinks links;

    PortalStaffPages(SignInLinks links) {
        this.links = links;
    }

    @PostMapping("/applications/{id}/portal-link")
    @Team.Recruiting
    String send(@PathVariable long id, Model model) {
        SignInLinks.Sent sent = links.send(id, CurrentUser.get());
        model.addAttribute("url", sent.url());
        model.addAttribute("expiresAt", sent.expiresAt());
        model.addAttribute("candidateId", sent.candidateId());
        return "portal/sent";
    }
}
