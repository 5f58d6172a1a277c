package dev.boucle.portal;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.DataFileException;
import dev.boucle.platform.Problems;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Staff's side of the portal: sending and revoking a candidate's link, and the preparation guides as data. */
@ApiController("/api/v1")
class PortalStaffApi {

    private final SignInLinks links;
    private final Guides guides;

    PortalStaffApi(SignInLinks links, Guides guides) {
        this.links = links;
        this.guides = guides;
    }

    @PostMapping("/applications/{id}/portal-link")
    @Team.Recruiting
    ResponseEntity<SignInLinks.Sent> send(@PathVariable long id) {
        return ResponseEntity.status(201).body(links.send(id, CurrentUser.get()));
    }

    @DeleteMapping("/applications/{id}/portal-link")
    @Team.Recruiting
    Map<String, Integer> revoke(@PathVariable long id) {
        return Map.of("revoked", links.revoke(id, CurrentUser.get()));
    }

    @GetMapping(value = "/guides", produces = "application/yaml")
    @Team.Hiring
    String guides() {
        return guides.source();
    }

    @PutMapping(value = "/guides", consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Team.Admins
    Map<String, Integer> replaceGuides(@RequestBody String yaml) {
        Guide guide = guides.replace(yaml, CurrentUser.get());
        return Map.of("tracks", guide.tracks().size(), "roundTypes", guide.roundTypes().size());
    }

    /** A guides file that does not validate: its file, line and field, as for the process file. */
    @ExceptionHandler(DataFileException.class)
    ProblemDetail badFile(DataFileException e) {
        ProblemDetail problem = Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-guides-file", e.describe(LocaleContextHolder.getLocale()),
                Map.of(e.field(), e.describe(LocaleContextHolder.getLocale())));
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("field", e.field());
        return problem;
    }
}
