package dev.boucle.portal;

import dev.boucle.hiring.Rectification;
import dev.boucle.platform.BadInput;
import dev.boucle.privacy.SubjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's own data rights from their portal: correcting their details (GDPR Art. 16) and
 * downloading everything held on them (Art. 15), as JSON or as a PDF. Both the page and the API
 * answer only the link's session, like the rest of the portal.
 */
/** The portal page's forms for the candidate's data rights: correcting their details, downloading their data. */
@Controller
class PortalPrivacyPages {

    private final PortalDoor door;
    private final Rectification rectification;
    private final SubjectAccess access;
    private final CandidatePage page;

    PortalPrivacyPages(PortalDoor door, Rectification rectification, SubjectAccess access, CandidatePage page) {
        this.door = door;
        this.rectification = rectification;
        this.access = access;
        this.page = page;
    }

    /**
     * The form leaves the address, phone and location empty (the page does not echo them), so an
     * empty field keeps what is on file. Field errors come back next to the fields, and nothing changes.
     */
    @PostMapping("/portal/profile")
    String correct(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
            @RequestParam(required = false) String phone, @RequestParam(required = false) String location, HttpServletRequest request,
            Model model) {
        PortalDoor.Entry entry = door.enter(request);
        try {
            rectification.bySelf(entry.candidate(), new Rectification.Correction(blankToNull(name), blankToNull(email), blankToNull(phone),
                    blankToNull(location)));
            return "redirect:/portal?done=profile";
        } catch (BadInput e) {
            model.addAttribute("me", page.me(entry, LocaleContextHolder.getLocale()));
            model.addAttribute("profileErrors", e.fieldErrors());
            model.addAttribute("profileValues", Map.of("name", name == null ? "" : name, "email", email == null ? "" : email,
                    "phone", phone == null ? "" : phone, "location", location == null ? "" : location));
            return "portal/home";
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @GetMapping("/portal/export")
    ResponseEntity<?> export(@RequestParam(defaultValue = "pdf") String format, HttpServletRequest request) {
        return PortalPrivacyApi.download(access, door.enter(request), format);
    }
}
