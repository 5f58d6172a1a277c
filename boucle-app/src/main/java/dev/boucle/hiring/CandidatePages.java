package dev.boucle.hiring;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.PageMessages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
    private final PageMessages pages;

    CandidatePages(CandidateIntake intake, ApplicationDetails details, MovingApplications moves, OpeningJobs jobs,
            ProcessCatalog catalog, PageMessages pages) {
        this.intake = intake;
        this.details = details;
        this.moves = moves;
        this.jobs = jobs;
        this.catalog = catalog;
        this.pages = pages;
    }

    @GetMapping("/candidates")
    @Team.Recruiting
    String list(@RequestParam(required = false) String q, Model model) {
        return listPage(model, q, Map.of(), Map.of(), List.of());
    }

    @PostMapping("/candidates")
    @Team.Recruiting
    String add(CandidateForm form, Model model, HttpServletResponse response) {
        try {
            long id = intake.add(form.candidate(), CurrentUser.get().id());
            return "redirect:/candidates/" + id;
        } catch (BadInput e) {
            response.setStatus(400);
            return listPage(model, null, e.fieldErrors(), form.typed(), List.of());
        }
    }

    /** The new-candidate form; what was typed is shown again beside the fields at fault. */
    record CandidateForm(@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String location,
            @Nullable String source) {

        CandidateIntake.NewCandidate candidate() {
            return new CandidateIntake.NewCandidate(name, email, phone, location, source);
        }

        Map<String, String> typed() {
            Map<String, String> typed = new HashMap<>();
            if (name != null) typed.put("name", name);
            if (email != null) typed.put("email", email);
            if (phone != null) typed.put("phone", phone);
            if (location != null) typed.put("location", location);
            if (source != null) typed.put("source", source);
            return typed;
        }
    }

    @PostMapping("/candidates/import")
    @Team.Recruiting
    String importCsv(@RequestParam("file") MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            if (file.getSize() > CandidateIntake.MAX_IMPORT_CHARS) throw new BadInput("import.too-large", 2);
            List<Long> ids = intake.importCsv(new String(file.getBytes(), StandardCharsets.UTF_8), CurrentUser.get().id());
            redirect.addFlashAttribute("notice", pages.text("import.done", ids.size()));
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
    @dev.boucle.platform.ReadsCandidateData("candidate")
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
        return pages.attempt(redirect, "/candidates/" + id, () -> {
            moves.apply(id, jobId, CurrentUser.get());
            return null;
        });
    }

    @PostMapping("/applications/{id}/move")
    @Team.Hiring
    String move(@PathVariable long id, @RequestParam String action, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        var user = CurrentUser.get();
        var app = details.application(id, user);
        return pages.attempt(redirect, "/candidates/" + app.candidate().id(), () -> {
            Action parsed = Action.parse(action).orElseThrow(() -> new BadInput("move.action.unknown"));
            moves.move(id, parsed, reason, user);
            return pages.text("move.done." + parsed.name());
        });
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
        return pages.attempt(redirect, "/candidates/" + app.candidate().id(), () -> {
            moves.resolveRound(id, roundId, status, reason, user);
            return null;
        });
    }
}
