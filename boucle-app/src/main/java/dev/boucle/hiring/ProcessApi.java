package dev.boucle.hiring;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.DataFileException;
import dev.boucle.platform.Problems;
import dev.boucle.platform.Text;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The process in force: tracks, offices, levels, and the YAML behind them. */
@ApiController("/api/v1")
class ProcessApi {

    private final ProcessCatalog catalog;
    private final ProcessAdministration administration;

    ProcessApi(ProcessCatalog catalog, ProcessAdministration administration) {
        this.catalog = catalog;
        this.administration = administration;
    }

    record RoundView(String type, int minutes, AiPolicy aiPolicy, Text focus) {}

    record StageView(StageKind kind, List<RoundView> rounds) {}

    record TrackView(String key, Text name, Text summary, List<Text> expectations, List<StageView> stages) {}

    record OfficeView(String key, Text name, String zone, String currency, String region) {}

    record LevelView(String key, Text name) {}

    @GetMapping("/tracks")
    List<TrackView> tracks() {
        return catalog.current().tracks().stream().map(t -> new TrackView(t.key(), t.name(), t.summary(), t.expectations(),
                t.stages().stream().map(s -> new StageView(s.kind(), s.rounds().stream()
                        .map(r -> new RoundView(r.type(), r.minutes(), r.aiPolicy(), r.focus())).toList())).toList())).toList();
    }

    @GetMapping("/offices")
    List<OfficeView> offices() {
        return catalog.current().offices().stream().map(o -> new OfficeView(o.key(), o.name(), o.zone().getId(),
                o.currency().getCurrencyCode(), o.region())).toList();
    }

    @GetMapping("/levels")
    List<LevelView> levels() {
        return catalog.current().levels().stream().map(l -> new LevelView(l.key(), l.name())).toList();
    }

    @GetMapping(value = "/process", produces = "application/yaml")
    String source() {
        return catalog.currentSource();
    }

    record Replaced(int tracks, int offices, int roundTypes) {}

    @PutMapping(value = "/process", consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Team.Admins
    Replaced replace(@RequestBody String yaml, @RequestParam(defaultValue = "process.yaml") String fileName) {
        HiringProcess process = administration.replace(fileName, yaml, CurrentUser.get());
        return new Replaced(process.tracks().size(), process.offices().size(), process.roundTypes().size());
    }

    @ExceptionHandler(DataFileException.class)
    ProblemDetail badFile(DataFileException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-process-file", e.describe(LocaleContextHolder.getLocale()));
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("field", e.field());
        return problem;
    }
}
