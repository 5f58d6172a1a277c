package dev.boucle.privacy;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admins' compliance pages: the summary, and the form of the deployer's AI Act duties with its history. */
@Controller
class CompliancePages {

    private final ComplianceSummary summary;
    private final DeployerDuties duties;
    private final Users users;
    private final ComplianceApi api;

    CompliancePages(ComplianceSummary summary, DeployerDuties duties, Users users, ComplianceApi api) {
        this.api = api;
        this.summary = summary;
        this.duties = duties;
        this.users = users;
    }

    @GetMapping("/compliance")
    @Team.Admins
    String summary(Model model) {
        model.addAttribute("summary", summary.now());
        model.addAttribute("names", names());
        return "privacy/compliance";
    }

    /** The summary as a dated JSON file, for the page's download link (the API's twin answers bearer tokens only). */
    @GetMapping("/compliance/export")
    @Team.Admins
    org.springframework.http.ResponseEntity<ComplianceApi.Export> export() {
        return api.export();
    }

    @GetMapping("/compliance/deployer-duties")
    @Team.Admins
    String dutiesForm(Model model) {
        return dutiesPage(model, Map.of(), DutiesForm.of(duties.current()));
    }

    @PostMapping("/compliance/deployer-duties")
    @Team.Admins
    String saveDuties(DutiesForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            duties.update(form.change(), CurrentUser.get());
            redirect.addFlashAttribute("notice", "aiact.duties.saved");
            return "redirect:/compliance/deployer-duties";
        } catch (BadInput bad) {
            response.setStatus(400);
            return dutiesPage(model, bad.fieldErrors(), form);
        }
    }

    private String dutiesPage(Model model, Map<String, String> errors, DutiesForm form) {
        model.addAttribute("form", form.typed());
        model.addAttribute("chosen", form.overseers() == null ? java.util.Set.of() : java.util.Set.copyOf(form.overseers()));
        model.addAttribute("errors", errors);
        model.addAttribute("staff", users.all());
        model.addAttribute("history", duties.history());
        model.addAttribute("names", names());
        return "privacy/deployer-duties";
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        users.all().forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** The form as typed: ids and numbers as text, so a bad one comes back named beside its field. */
    record DutiesForm(@Nullable List<String> overseers, @Nullable String trainedOn, @Nullable String representativesInformedOn,
            @Nullable String candidatesInformed, @Nullable String noticeVersion) {

        static DutiesForm of(DeployerDuties.Duties d) {
            return new DutiesForm(d.overseers().stream().map(String::valueOf).toList(), d.trainedOn() == null ? "" : d.trainedOn().toString(),
                    d.representativesInformedOn() == null ? "" : d.representativesInformedOn().toString(), String.valueOf(d.candidatesInformed()),
                    d.noticeVersion() == null ? "" : String.valueOf(d.noticeVersion()));
        }

        Map<String, String> typed() {
            Map<String, String> typed = new HashMap<>();
            typed.put("trainedOn", trainedOn == null ? "" : trainedOn);
            typed.put("representativesInformedOn", representativesInformedOn == null ? "" : representativesInformedOn);
            typed.put("candidatesInformed", String.valueOf("true".equals(candidatesInformed)));
            typed.put("noticeVersion", noticeVersion == null ? "" : noticeVersion);
            return typed;
        }

        DeployerDuties.Change change() {
            List<Long> ids = new ArrayList<>();
            for (String id : overseers == null ? List.<String>of() : overseers) {
                if (id.isBlank()) continue;
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    throw new BadInput(Map.of("overseers", "aiact.duties.overseer.unknown"), "aiact.duties.overseer.unknown");
                }
            }
            Integer version;
            try {
                version = noticeVersion == null || noticeVersion.isBlank() ? null : Integer.valueOf(noticeVersion.strip());
            } catch (NumberFormatException e) {
                throw new BadInput(Map.of("noticeVersion", "aiact.duties.notice.unknown"), "aiact.duties.notice.unknown");
            }
            return new DeployerDuties.Change(ids, trainedOn, representativesInformedOn, "true".equals(candidatesInformed), version);
        }
    }
}
