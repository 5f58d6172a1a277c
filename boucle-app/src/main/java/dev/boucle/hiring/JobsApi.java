package dev.boucle.hiring;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** Jobs and their pipeline boards. */
@ApiController("/api/v1/jobs")
class JobsApi {

    private final OpeningJobs jobs;
    private final Pipeline pipeline;

    JobsApi(OpeningJobs jobs, Pipeline pipeline, tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.jobs = jobs;
        this.pipeline = pipeline;
    }

    /** Job postings are not personal data: every signed-in role may list them. */
    @GetMapping
    List<Job> list() {
        return jobs.all();
    }

    @GetMapping("/{id}")
    Job one(@PathVariable long id) {
        return jobs.job(id);
    }

    @PostMapping
    @Team.Recruiting
    ResponseEntity<Map<String, Object>> open(@RequestBody OpeningJobs.NewJob body) {
        long id = jobs.open(body, CurrentUser.get());
        return ResponseEntity.created(URI.create("/api/v1/jobs/" + id)).body(Map.of("id", id));
    }

    /** The JSON of the last board served per job: the same board object is written once, not per request. */
    private record Written(Pipeline.Board board, byte[] json) {}

    private final java.util.concurrent.ConcurrentHashMap<Long, Written> written = new java.util.concurrent.ConcurrentHashMap<>();
    private final tools.jackson.databind.json.JsonMapper json;

    /**
     * The board, or 304 when the caller's If-None-Match names the board as it stands: the tag is
     * only ever computed after the role (method security) and relation (Pipeline) checks, so an
     * outsider gets 403 whatever tag they send.
     */
    @GetMapping(value = "/{id}/pipeline", produces = "application/json")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = Pipeline.Board.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    @Team.Hiring
    ResponseEntity<byte[]> board(@PathVariable long id, @RequestParam(defaultValue = "25") int limit,
            org.springframework.web.context.request.WebRequest request) {
        Pipeline.Tagged tagged = pipeline.tagged(id, CurrentUser.get(), limit);
        // Clients may keep the board but must ask again each time; only the signed-in caller may.
        var cache = org.springframework.http.CacheControl.noCache().cachePrivate();
        if (request.checkNotModified(tagged.etag())) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.NOT_MODIFIED).eTag(tagged.etag()).cacheControl(cache).build();
        }
        Pipeline.Board board = tagged.board();
        Written last = written.get(id);
        if (last == null || last.board() != board) {
            last = new Written(board, json.writeValueAsBytes(board));
            written.put(id, last);
        }
        return ResponseEntity.ok().eTag(tagged.etag()).cacheControl(cache)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(last.json());
    }
}
