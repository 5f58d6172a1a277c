package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.hiring.CandidateId;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A candidate's privacy page for the recruiting team: the lawful bases, the access log, the export
 * in both formats, and for admins the legal hold and the erasure, whose refusals come back on the
 * page. Also the retention page, where admins see a dry run and apply it.
 */
@Controller
class PrivacyPages {

    static final int LOG_ENTRIES = 50;
    private final ApplicationDetails details;
    private final LawfulBases bases;
    private final LegalHolds holds;
    private final Erasure erasure;
    private final AuditLog audit;
    private final Retention retention;
    private final RetentionPolicies policies;
    private final DataSubjectApi downloads;
    private final MessageSource messages;

    PrivacyPages(ApplicationDetails details, LawfulBases bases, LegalHolds holds, Erasure erasure, AuditLog audit, Retention retention,
            RetentionPolicies policies, DataSubjectApi downloads, MessageSource messages) {
        this.details = details;
        this.bases = bases;
        this.holds = holds;
        this.erasure = erasure;
        this.audit = audit;
        this.retention = retention;
        this.policies = policies;
        this.downloads = downloads;
        this.messages = messages;
    }

    @GetMapping("/candidates/{id}/privacy")
    @Team.Recruiting
    String show(@PathVariable long id, @RequestParam(required = false) String done, Model model) {
        return view(id, null, done == null ? null : text("privacy.page.done." + done), model);
    }

    @GetMapping("/candidates/{id}/privacy/export")
    @Team.Recruiting
    ResponseEntity<?> export(@PathVariable long id, @RequestParam(defaultValue = "pdf") String format) {
        return downloads.export(id, format);
    }

    @PostMapping("/candidates/{id}/privacy/hold")
    @Team.Admins
    String hold(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        details.candidate(id, CurrentUser.get());
        try {
            holds.place(new CandidateId(id), reason, CurrentUser.get().id());
            return "redirect:/candidates/" + id + "/privacy?done=held";
        } catch (BadInput e) {
            return view(id, refusal(e), null, model);
        }
    }

    @PostMapping("/candidates/{id}/privacy/lift")
    @Team.Admins
    String lift(@PathVariable long id) {
        details.candidate(id, CurrentUser.get());
        holds.lift(new CandidateId(id), CurrentUser.get().id());
        return "redirect:/candidates/" + id + "/privacy?done=lifted";
    }

    /** Erasure asks for the word typed in, so no stray click erases anyone. */
    @PostMapping("/candidates/{id}/privacy/erase")
    @Team.Admins
    String erase(@PathVariable long id, @RequestParam(defaultValue = "") String confirm, Model model) {
        details.candidate(id, CurrentUser.get());
        if (!confirm.strip().equalsIgnoreCase(text("privacy.page.erase.word"))) return view(id, text("privacy.page.erase.unconfirmed"), null, model);
        try {
            erasure.erase(new CandidateId(id), CurrentUser.get().id(), Erasure.Rule.REQUEST);
            return "redirect:/candidates/" + id + "/privacy?done=erased";
        } catch (RuntimeException e) {
            if (!(e instanceof Refusal r)) throw e;
            return view(id, refusal(r), null, model);
        }
    }

    @GetMapping("/retention")
    @Team.Admins
    String retentionPage(Model model) {
        model.addAttribute("report", retention.run(true, LocaleContextHolder.getLocale()));
        model.addAttribute("policies", policies.loaded());
        return "retention";
    }

    @PostMapping("/retention")
    @Team.Admins
    String apply(Model model) {
        model.addAttribute("report", retention.run(false, LocaleContextHolder.getLocale()));
        model.addAttribute("policies", policies.loaded());
        return "retention";
    }

    private String view(long id, String error, String notice, Model model) {
        ApplicationDetails.CandidateFile file = details.candidate(id, CurrentUser.get());
        CandidateId candidate = new CandidateId(id);
        model.addAttribute("file", file);
        model.addAttribute("bases", bases.of(candidate));
        model.addAttribute("hold", holds.of(candidate).orElse(null));
        model.addAttribute("erasedAt", erasure.erasedAt(candidate).orElse(null));
        model.addAttribute("log", audit.search(id, null, LOG_ENTRIES));
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "privacy-candidate";
    }

    private String refusal(Refusal r) {
        return messages.getMessage(r.messageKey(), r.args(), LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
