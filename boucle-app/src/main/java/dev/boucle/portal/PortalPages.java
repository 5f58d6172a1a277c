package dev.boucle.portal;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The candidate's pages: opening a link, their page, choosing a plan, preparation guides,
 * withdrawing. A link that no longer works, or no session, gets a page in the candidate's
 * language that offers a fresh link to the address on file, without saying whether it exists.
 */
@Controller
class PortalPages {

    private final PortalDoor door;
    private final SignInLinks links;
    private final CandidatePage page;
    private final Planning planning;
    private final MovingApplications moving;
    private final Preferences preferences;
    private final LocaleResolver locales;
    private final MessageSource messages;
    private final dev.boucle.privacy.LawfulBases bases;
    private final Explaining explaining;

    PortalPages(PortalDoor door, SignInLinks links, CandidatePage page, Planning planning, MovingApplications moving, Preferences preferences,
            LocaleResolver locales, MessageSource messages, dev.boucle.privacy.LawfulBases bases, Explaining explaining) {
        this.bases = bases;
        this.explaining = explaining;
        this.door = door;
        this.links = links;
        this.page = page;
        this.planning = planning;
        this.moving = moving;
        this.preferences = preferences;
        this.locales = locales;
        this.messages = messages;
    }

    @GetMapping("/portal/{token:[A-Za-z0-9_.-]{20,}}")
    String open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        door.refuseStaff(request);
        return switch (links.open(token)) {
            case SignInLinks.Opened.Valid valid -> {
                door.signIn(request, valid.visitor());
                // Their language, as they last chose it, unless this browser already says otherwise.
                if (request.getParameter("lang") == null) {
                    locales.setLocale(request, response, links.locale(valid.visitor().candidateId()));
                }
                yield "redirect:/portal";
            }
            case SignInLinks.Opened.Spent spent -> {
                Locale theirs = links.locale(spent.candidateId());
                locales.setLocale(request, response, theirs);
                LocaleContextHolder.setLocale(theirs);
                model.addAttribute("ui", uiIn(model, theirs));
                yield gone(model, spent.revoked() ? "portal.gone.revoked" : "portal.gone.expired", token);
            }
            case SignInLinks.Opened.Forged forged -> gone(model, "portal.gone.forged", null);
        };
    }

    @PostMapping("/portal/resend")
    String resend(@RequestParam(required = false) String token, @RequestParam(required = false) String email, Model model) {
        Long spent = null;
        if (token != null && !token.isBlank() && links.open(token) instanceof SignInLinks.Opened.Spent s) spent = s.linkId();
        if (spent != null || (email != null && !email.isBlank())) links.resend(spent, email);
        model.addAttribute("message", "portal.resend.done");
        return "portal/gone";
    }

    @GetMapping("/portal")
    String home(@RequestParam(required = false) String lang, @RequestParam(required = false) String done, HttpServletRequest request,
            Model model) {
        PortalDoor.Entry entry = door.enter(request);
        if (lang != null) preferences.locale(entry.visitor().candidateId(), LocaleContextHolder.getLocale());
        model.addAttribute("me", page.me(entry, LocaleContextHolder.getLocale()));
        model.addAttribute("done", done == null ? null : switch (done) {
            case "booked" -> "portal.booked";
            case "withdrawn" -> "portal.withdrawn";
            case "zone" -> "portal.zone.saved";
            case "pool-in" -> "portal.pool.in";
            case "pool-out" -> "portal.pool.out";
            case "profile" -> "portal.profile.saved";
            case "explanation" -> "aiact.portal.asked";
            default -> null;
        });
        return "portal/home";
    }

    @PostMapping("/portal/zone")
    String zone(@RequestParam String zone, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        preferences.zone(entry.visitor().candidateId(), dev.boucle.scheduling.CandidateSlots.zone(zone));
        return "redirect:/portal?done=zone";
    }

    @PostMapping("/portal/talent-pool")
    String talentPool(@RequestParam(defaultValue = "false") boolean given, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        bases.talentPool(entry.candidate(), given);
        return "redirect:/portal?done=" + (given ? "pool-in" : "pool-out");
    }

    @GetMapping("/portal/applications/{id}/plans")
    String plans(@PathVariable long id, HttpServletRequest request, Model model) {
        PortalDoor.Entry entry = door.enter(request);
        return plansPage(entry, id, null, model);
    }

    @PostMapping("/portal/applications/{id}/plans/{planId}")
    String book(@PathVariable long id, @PathVariable String planId, HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalDoor.Entry entry = door.enter(request);
        ApplicationId app = planning.applicationOf(entry, planId);
        if (app.value() != id) throw new dev.boucle.platform.NotFound("plan", planId);
        try {
            planning.book(entry, app, planId, LocaleContextHolder.getLocale());
            return "redirect:/portal?done=booked";
        } catch (Planning.Stale stale) {
            response.setStatus(409);
            model.addAttribute("plans", stale.fresh());
            return plansPage(entry, id, stale.getMessage(), model);
        }
    }

    @PostMapping("/portal/applications/{id}/availability")
    String availability(@PathVariable long id, @RequestParam String zone, @RequestParam(name = "start") List<String> starts,
            @RequestParam(name = "end") List<String> ends, HttpServletRequest request, HttpServletResponse response, Model model) {
        PortalDoor.Entry entry = door.enter(request);
        List<dev.boucle.scheduling.CandidateSlots.Slot> spans = new java.util.ArrayList<>();
        for (int i = 0; i < Math.min(starts.size(), ends.size()); i++) {
            if (!starts.get(i).isBlank() || !ends.get(i).isBlank()) spans.add(new dev.boucle.scheduling.CandidateSlots.Slot(starts.get(i), ends.get(i)));
        }
        try {
            planning.availability(entry, planning.own(entry, id), new dev.boucle.scheduling.CandidateSlots.Entry(zone, spans));
        } catch (BadInput bad) {
            response.setStatus(400);
            return plansPage(entry, id, bad.messageKey(), model);
        }
        return "redirect:/portal/applications/" + id + "/plans";
    }

    @PostMapping("/portal/applications/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        moving.withdrawByCandidate(planning.own(entry, id), entry.candidate(), reason);
        return "redirect:/portal?done=withdrawn";
    }

    /** The form beside each application: a blank or overlong question comes back on the page, the field named. */
    @PostMapping("/portal/applications/{id}/explanation-requests")
    String explain(@PathVariable long id, @RequestParam(required = false) String question, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        PortalDoor.Entry entry = door.enter(request);
        try {
            explaining.ask(entry, id, question);
            return "redirect:/portal?done=explanation";
        } catch (BadInput bad) {
            response.setStatus(400);
            model.addAttribute("me", page.me(entry, LocaleContextHolder.getLocale()));
            model.addAttribute("explainApp", id);
            model.addAttribute("explainError", messages.getMessage(bad.fieldErrors().getOrDefault("question", bad.messageKey()), bad.args(),
                    LocaleContextHolder.getLocale()));
            return "portal/home";
        }
    }

    @GetMapping("/portal/guides/{track}")
    String guide(@PathVariable String track, HttpServletRequest request, Model model) {
        door.enter(request);
        model.addAttribute("guide", page.guide(track, LocaleContextHolder.getLocale()));
        return "portal/guide";
    }

    private String plansPage(PortalDoor.Entry entry, long id, String message, Model model) {
        var me = page.me(entry, LocaleContextHolder.getLocale());
        var app = me.applications().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new dev.boucle.platform.NotFound("application", id));
        if (!model.containsAttribute("plans")) {
            try {
                model.addAttribute("plans", planning.plans(entry, new ApplicationId(id), null, LocaleContextHolder.getLocale()));
            } catch (Conflict notNow) {
                model.addAttribute("plans", List.of());
                if (message == null) message = notNow.messageKey();
            }
        }
        model.addAttribute("app", app);
        model.addAttribute("zone", me.candidate().zone());
        model.addAttribute("message", message);
        return "portal/plans";
    }

    private String gone(Model model, String why, String token) {
        model.addAttribute("message", why);
        model.addAttribute("token", token);
        return "portal/gone";
    }

    private dev.boucle.platform.Ui uiIn(Model model, Locale locale) {
        dev.boucle.platform.Ui ui = (dev.boucle.platform.Ui) model.getAttribute("ui");
        return new dev.boucle.platform.Ui(locale, messages, ui.userName(), ui.roles(), ui.csrfParameter(), ui.csrfToken(), ui.path());
    }
}
