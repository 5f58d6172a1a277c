package dev.boucle.hiring;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Team;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.PageMessages;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The jobs list, the new-job form and each job's pipeline board. */
@Controller
class JobPages {

    private final OpeningJobs jobs;
    private final Pipeline pipeline;
    private final MovingApplications moves;
    private final ProcessCatalog catalog;
    private final Users users;
    private final PageMessages pages;
    private final ApplicationDetails details;

    JobPages(OpeningJobs jobs, Pipeline pipeline, MovingApplications moves, ProcessCatalog catalog, Users users,
            PageMessages pages, ApplicationDetails details) {
        this.details = details;
        this.jobs = jobs;
        this.pipeline = pipeline;
        this.moves = moves;
        this.catalog = catalog;
        this.users = users;
        this.pages = pages;
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
    String open(JobForm form, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            long id = jobs.open(form.job(), CurrentUser.get());
            return "redirect:/jobs/" + id;
        } catch (BadInput e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return jobsPage(model, e.fieldErrors(), form.typed());
        }
    }

    /** The new-job form; the hiring manager is optional, and what was typed is shown again beside the fields at fault. */
    record JobForm(@Nullable String title, @Nullable String track, @Nullable String level, @Nullable String office,
            @Nullable String hiringManagerId) {

        OpeningJobs.NewJob job() {
            return new OpeningJobs.NewJob(title, track, level, office,
                    hiringManagerId == null || hiringManagerId.isBlank() ? null : parseId(hiringManagerId));
        }

        Map<String, String> typed() {
            Map<String, String> typed = new HashMap<>();
            if (title != null) typed.put("title", title);
            if (track != null) typed.put("track", track);
            if (level != null) typed.put("level", level);
            if (office != null) typed.put("office", office);
            if (hiringManagerId != null) typed.put("hiringManagerId", hiringManagerId);
            return typed;
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
            error = pages.refusal(e);
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
