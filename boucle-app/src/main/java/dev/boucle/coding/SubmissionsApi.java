package dev.boucle.coding;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ComputationRecords;
import dev.boucle.platform.NotFound;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/** Coding problems, submissions to the judge, and the pads of coding rounds. */
@dev.boucle.platform.ApiController("/api/v1")
class SubmissionsApi {

    private final CodingRounds rounds;
    private final ProblemBank bank;
    private final JudgeEngine engine;
    private final ObjectProvider<ComputationRecords> records;

    SubmissionsApi(CodingRounds rounds, ProblemBank bank, JudgeEngine engine, ObjectProvider<ComputationRecords> records) {
        this.rounds = rounds;
        this.bank = bank;
        this.engine = engine;
        this.records = records;
    }

    /**
     * A submission with its verdict labelled as the judge's (computed, not a person's view) and the
     * id of the verdict's record in the log of computed results, once there is one (round
     * submissions; a staff member's tries outside a round are not about a candidate).
     */
    record Labelled(@JsonUnwrapped Submission submission, boolean computed, @Nullable Long computationId) {}

    private List<Labelled> labelled(List<Submission> submissions) {
        ComputationRecords log = records.getIfAvailable();
        Map<Long, Long> ids = log == null ? Map.of()
                : log.latest(ComputationRecords.Kind.JUDGE_VERDICT, submissions.stream().map(Submission::id).toList());
        return submissions.stream().map(s -> new Labelled(s, s.result() != null, ids.get(s.id()))).toList();
    }

    record NewSubmission(String problemId, String language, String source, Long roundId) {}

    record Accepted(long id, Submission.Status status) {}

    @PostMapping("/submissions")
    @Team.Panel
    ResponseEntity<Accepted> submit(@RequestBody NewSubmission body) {
        long id = rounds.submit(body.problemId(), body.language(), body.source(), body.roundId(), CurrentUser.get());
        return ResponseEntity.accepted().location(URI.create("/api/v1/submissions/" + id)).body(new Accepted(id, Submission.Status.QUEUED));
    }

    /** The whole result, hidden tests included: staff only. */
    @GetMapping("/submissions/{id}")
    @Team.Panel
    Labelled submission(@PathVariable long id) {
        return labelled(List.of(rounds.submission(id, CurrentUser.get()))).getFirst();
    }

    @GetMapping("/interviews/{roundId}/submissions")
    @Team.Panel
    List<Labelled> ofRound(@PathVariable long roundId) {
        return labelled(rounds.ofRound(roundId, CurrentUser.get()));
    }

    record PadRequest(String problemId) {}

    record PadLink(long roundId, String problemId, String url) {}

    /** Opens the round's pad; the link in the answer is the only time its secret is shown. */
    @PutMapping("/interviews/{roundId}/pad")
    @Team.Panel
    PadLink openPad(@PathVariable long roundId, @RequestBody PadRequest body) {
        String token = rounds.openPad(roundId, body.problemId(), CurrentUser.get());
        return new PadLink(roundId, body.problemId(), "/pad/" + token);
    }

    @DeleteMapping("/interviews/{roundId}/pad")
    @Team.Panel
    ResponseEntity<Void> closePad(@PathVariable long roundId) {
        rounds.closePad(roundId, CurrentUser.get());
        return ResponseEntity.noContent().build();
    }

    record ProblemSummary(String id, Map<String, String> title, CodingProblem.Topic topic, CodingProblem.Difficulty difficulty,
            String kind, List<String> roundTypes, int tests, int timeLimitMs, int memoryLimitMb) {}

    record ProblemDetails(ProblemSummary summary, Map<String, String> statementHtml, List<CodingProblem.Sample> samples, List<String> languages) {}

    @GetMapping("/problems")
    @Team.Panel
    List<ProblemSummary> problems() {
        return bank.all().values().stream().map(SubmissionsApi::summary).toList();
    }

    @GetMapping("/problems/{id}")
    @Team.Panel
    ProblemDetails problem(@PathVariable String id) {
        CodingProblem p = bank.find(id).orElseThrow(() -> new NotFound("problem", id));
        return new ProblemDetails(summary(p), Map.of("en", p.statementHtml().en(), "fr", p.statementHtml().fr()), p.samples(),
                engine.languages().stream().map(l -> l.id()).toList());
    }

    static ProblemSummary summary(CodingProblem p) {
        return new ProblemSummary(p.id(), Map.of("en", p.title().en(), "fr", p.title().fr()), p.topic(), p.difficulty(),
                p.problem().kind().name(), p.roundTypes(), p.testCount(), p.problem().timeLimitMs(), p.problem().memoryLimitMb());
    }
}
