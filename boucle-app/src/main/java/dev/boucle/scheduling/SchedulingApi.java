package dev.boucle.scheduling;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Scheduling over the API: profiles and calendars, candidate availability, solves, publishing, declines. */
@ApiController("/api/v1")
class SchedulingApi {

    private final Profiles profiles;
    private final CandidateSlots candidates;
    private final PlanningRuns runs;
    private final Publishing publishing;
    private final Replanning replanning;

    SchedulingApi(Profiles profiles, CandidateSlots candidates, PlanningRuns runs, Publishing publishing, Replanning replanning) {
        this.profiles = profiles;
        this.candidates = candidates;
        this.runs = runs;
        this.publishing = publishing;
        this.replanning = replanning;
    }

    @GetMapping("/interviewers/{id}/profile")
    @Team.Panel
    InterviewerProfile profile(@PathVariable("id") long userId) {
        return profiles.profile(userId, CurrentUser.get());
    }

    @PutMapping("/interviewers/{id}/profile")
    @Team.Panel
    InterviewerProfile saveProfile(@PathVariable("id") long userId, @RequestBody Profiles.ProfileChange change) {
        return profiles.update(userId, change, CurrentUser.get());
    }

    record Imported(int busyTimes) {}

    @PostMapping(path = "/interviewers/{id}/calendar", consumes = "text/calendar")
    @Team.Panel
    Imported upload(@PathVariable("id") long userId, @RequestBody byte[] ics) {
        return new Imported(profiles.importCalendar(userId, ics, CurrentUser.get()));
    }

    record Feed(String url) {}

    @PutMapping("/interviewers/{id}/calendar-feed")
    @Team.Panel
    Imported feed(@PathVariable("id") long userId, @RequestBody Feed feed) {
        return new Imported(profiles.setFeed(userId, feed.url(), CurrentUser.get()));
    }

    record Block(Instant start, Instant end) {}

    record Created(long id) {}

    @PostMapping("/interviewers/{id}/blocks")
    @Team.Panel
    ResponseEntity<Created> block(@PathVariable("id") long userId, @RequestBody Block block) {
        if (block.start() == null || block.end() == null || !block.end().isAfter(block.start())) {
            throw new BadInput(Map.of("end", "sched.span.order"), "sched.span.order");
        }
        return ResponseEntity.status(201).body(new Created(profiles.addBlock(userId, new TimeSpan(block.start(), block.end()),
                CurrentUser.get())));
    }

    record Away(Instant from, Instant to, String reason) {}

    @PostMapping("/interviewers/{id}/unavailable")
    @Team.Recruiting
    Replanning.Replanned unavailable(@PathVariable("id") long userId, @RequestBody Away away) {
        return replanning.unavailable(userId, away.from(), away.to(), away.reason(), CurrentUser.get());
    }

    @PutMapping("/applications/{id}/candidate-availability")
    @Team.Recruiting
    CandidateSlots.Entry availability(@PathVariable long id, @RequestBody CandidateSlots.Entry entry) {
        return candidates.replace(id, entry, CurrentUser.get());
    }

    record SolveRequest(String stage, List<Schedule.Pin> pins) {}

    @PostMapping("/applications/{id}/schedule")
    @Team.Recruiting
    ResponseEntity<Schedule> solve(@PathVariable long id, @RequestBody(required = false) SolveRequest request) {
        List<Schedule.Pin> pins = request == null || request.pins() == null ? List.of() : request.pins();
        for (Schedule.Pin pin : pins) {
            if (pin.start() == null) throw new BadInput(Map.of("pins", "sched.pin.grain"), "sched.pin.grain", 15);
        }
        Schedule schedule = runs.start(id, request == null ? null : request.stage(), pins, CurrentUser.get());
        return ResponseEntity.accepted().location(URI.create("/api/v1/schedules/" + schedule.id())).body(schedule);
    }

    @GetMapping("/schedules/{id}")
    @Team.Hiring
    Schedule schedule(@PathVariable long id) {
        return runs.view(id, CurrentUser.get());
    }

    @PostMapping("/schedules/{id}/publish")
    @Team.Recruiting
    Publishing.Outcome publish(@PathVariable long id) {
        return publishing.publish(id, CurrentUser.get());
    }

    record Decline(Long interviewerId, String reason) {}

    @PostMapping("/interviews/{roundId}/decline")
    @Team.Panel
    Replanning.Replanned decline(@PathVariable long roundId, @RequestBody(required = false) Decline decline) {
        return replanning.decline(roundId, decline == null ? null : decline.interviewerId(), decline == null ? null : decline.reason(),
                CurrentUser.get());
    }
}
