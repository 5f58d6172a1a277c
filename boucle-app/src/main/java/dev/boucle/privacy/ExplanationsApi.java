package dev.boucle.privacy;

import dev.boucle.hiring.ApplicationDetails;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Explanation requests for the recruiting team: asked for a candidate, listed, read with what they will be answered from, answered. */
@ApiController("/api/v1")
class ExplanationsApi {

    record Question(@Nullable String question) {}

    record Answer(@Nullable String answer) {}

    private final ExplanationRequests requests;
    private final ApplicationDetails details;

    ExplanationsApi(ExplanationRequests requests, ApplicationDetails details) {
        this.requests = requests;
        this.details = details;
    }

    @PostMapping("/applications/{id}/explanation-requests")
    @Team.Recruiting
    ResponseEntity<ExplanationRequests.Request> ask(@PathVariable long id, @RequestBody Question body) {
        CurrentUser user = CurrentUser.get();
        ApplicationDetails.Details app = details.application(id, user);
        ExplanationRequests.Request request = requests.ask(app, body.question(), ExplanationRequests.Via.STAFF, user.id());
        return ResponseEntity.created(URI.create("/api/v1/explanation-requests/" + request.id())).body(request);
    }

    @GetMapping("/explanation-requests")
    @Team.Recruiting
    List<ExplanationRequests.Request> list(@RequestParam(defaultValue = "false") boolean open) {
        return requests.list(open);
    }

    @GetMapping("/explanation-requests/{id}")
    @Team.Recruiting
    ExplanationRequests.Detail detail(@PathVariable long id) {
        return requests.detail(id, CurrentUser.get());
    }

    @PostMapping("/explanation-requests/{id}/answer")
    @Team.Recruiting
    ExplanationRequests.Request answer(@PathVariable long id, @RequestBody Answer body) {
        return requests.answer(id, body.answer(), CurrentUser.get());
    }
}
