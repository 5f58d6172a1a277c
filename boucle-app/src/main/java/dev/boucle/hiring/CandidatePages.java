package dev.boucle.hiring;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Candidates: the list with its add and import forms, and each candidate's page with its actions. */
@Controller
class CandidatePages {

    private final CandidateIntake intake;
    private final ApplicationDetails details;
    private final MovingApplications moves;
    private final OpeningJobs jobs;
    private final ProcessCatalog catalog;
    private final MessageSource messages;

    CandidatePages(CandidateIntake intake, ApplicationDetails details, MovingApplications moves, OpeningJobs jobs,
            ProcessCatalog catalog, MessageSource messages) {
        this.intake = intake;
        this.details = details;
        this.moves = moves;
        this.jobs = jobs;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/candidates")
    @Team.Recruiting
    String list(@RequestParam(required = false) String q, Model model) {
        return listPage(model, q, Map.of(), Map.of(), List.of());
    }

    @PostMapping("/candidates")
    @Team.Recruiting
    String add(@RequestParam Map<String, String> form, Model model, HttpServletResponse response) {
        try {
            long id = intake.add(new CandidateIntake.NewCandidate(form.get("name"), form.get("email"), form.get("phone"),
                    form.get("location"), form.get("source")), CurrentUser.get().id());
            return "redirect:/candidates/" + id;
        } catch (BadInput e) {
            response.setStatus(400);
            return listPage(model, null, e.fieldErrors(), form, List.of());
        }
    }

    @PostMapping("/candidates/import")
    @Team.Recruiting
    String importCsv(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.getSize() > CandidateIntake.MAX_IMPORT_CHARS) throw new BadInput("import.too-large", 2);
            List<Long> ids = intake.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), CurrentUser.get().id());
            redirect.addFlashAttribute("notice", text("import.done", ids.size()));
            return "redirect:/candidates";
        } catch (CandidateIntake.ImportRefused e) {
            response.setStatus(400);
            return listPage(model, null, Map.of(), Map.of(), e.rows());
        } catch (BadInput e) {
            response.setStatus(400);
            return listPage(model, null, Map.of(), Map.of(),
                    List.of(new CandidateIntake.RowError(1, "-", e.messageKey())));
        }
    }

    private String listPage(Model model, String q, Map<String, String> errors, Map<String, String> form,
            List<CandidateIntake.RowError> importErrors) {
        model.addAttribute("candidates", details.search(q, 100, 0, CurrentUser.get()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("errors", errors);
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("importErrors", importErrors);
        return "candidates";
    }

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable long id, Model model) {
        var file = details.candidate(id, CurrentUser.get());
        var applied = file.applications().stream().map(a -> a.job().id()).toList();
        model.addAttribute("file", file);
        model.addAttribute("process", catalog.current());
        model.addAttribute("openJobs", jobs.all().stream().filter(j -> !applied.contains(j.id())).toList());
        return "candidate";
    }

    @PostMapping("/candidates/{id}/applications")
    @Team.Recruiting
    String apply(@PathVariable long id, @RequestParam long jobId, RedirectAttributes redirect) {
        try {
            moves.apply(id, jobId, CurrentUser.get());
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/candidates/" + id;
    }

    @PostMapping("/applications/{id}/move")
    @Team.Hiring
    String move(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var user = CurrentUser.get();
        var app = details.application(id, user);
        try {
            Action parsed = Action.parse(action).orElseThrow(() -> new BadInput("move.action.unknown"));
            moves.move(id, parsed, reason, user);
            redirect.addFlashAttribute("notice", text("move.done." + parsed.name()));
        } catch (BadInput | Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/candidates/" + app.candidate().id();
    }

    @PostMapping("/applications/{id}/rounds/{roundId}")
    @Team.Hiring
    String resolveRound(@PathVariable long id, @PathVariable long roundId, @RequestParam String outcome,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        var user = CurrentUser.get();
        var app = details.application(id, user);
        Round.Status status = switch (outcome) {
            case "DONE" -> Round.Status.DONE;
            case "WAIVED" -> Round.Status.WAIVED;
            default -> throw new NotFound("outcome", outcome);
        };
        try {
            moves.resolveRound(id, roundId, status, reason, user);
        } catch (BadInput | Conflict e) {
            redirect.addFlashAttribute("error", text(e.messageKey(), e.args()));
        }
        return "redirect:/candidates/" + app.candidate().id();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
