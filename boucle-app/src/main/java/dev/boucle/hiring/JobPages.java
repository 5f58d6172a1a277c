package dev.boucle.hiring;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The jobs list, the new-job form and each job's pipeline board. */
@Controller
class JobPages {

    private final OpeningJobs jobs;
    private final Pipeline pipeline;
    private final MovingApplications moves;
    private final ProcessCatalog catalog;
    private final Users users;
    private final MessageSource messages;
    private final ApplicationDetails details;

    JobPages(OpeningJobs jobs, Pipeline pipeline, MovingApplications moves, ProcessCatalog catalog, Users users,
            MessageSource messages, ApplicationDetails details) {
        this.details = details;
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.moves = moves;
        this.catalog = catalog;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/jobs";
    }

    @GetMapping("/jobs")
    String list(Model model) {
        return jobsPage(model, Map.of(), Map.of());
    }

    @PostMapping("/jobs")
    @Team.Recruiting
    String open(@RequestParam Map<String, String> form, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        String manager = form.get("hiringManagerId");
        try {
            long id = jobs.open(new OpeningJobs.NewJob(form.get("title"), form.get("track"), form.get("level"),
                    form.get("office"), manager == null || manager.isBlank() ? null : parseId(manager)), CurrentUser.get());
            return "redirect:/jobs/" + id;
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return jobsPage(model, e.fieldErrors(), form);
        }
    }

    private String jobsPage(Model model, Map<String, String> errors, Map<String, String> form) {
        CurrentUser user = CurrentUser.get();
        model.addAttribute("jobs", jobs.all());
        model.addAttribute("assignments", details.assignedTo(user));
        model.addAttribute("viewerId", user.id());
        model.addAttribute("process", catalog.current());
        model.addAttribute("managers", users.withRole(Role.HIRING_MANAGER));
        model.addAttribute("errors", errors);
        model.addAttribute("form", new HashMap<>(form));
        return "jobs";
    }

    @GetMapping("/jobs/{id}")
    @Team.Hiring
    String board(@PathVariable long id, Model model) {
        model.addAttribute("board", pipeline.board(id, CurrentUser.get(), Pipeline.DEFAULT_PAGE));
        model.addAttribute("process", catalog.current());
        return "board";
    }

    /** Advancing from the board: htmx swaps the refreshed board in; without JS the page reloads. */
    @PostMapping("/jobs/{id}/board/{applicationId}/advance")
    @Team.Hiring
    String advance(@PathVariable long id, @PathVariable long applicationId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        String error = null;
        try {
            moves.move(applicationId, Action.ADVANCE, null, CurrentUser.get());
        } catch (Conflict e) {
            error = messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale());
        }
        if (htmx == null) {
            if (error != null) redirect.addFlashAttribute("error", error);
            return "redirect:/jobs/" + id;
        }
        model.addAttribute("board", pipeline.board(id, CurrentUser.get(), Pipeline.DEFAULT_PAGE));
        model.addAttribute("error", error);
        return "tags/board";
    }

    static long parseId(String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new BadInput(Map.of("hiringManagerId", "job.manager.invalid"), "job.manager.invalid");
        }
    }
}
