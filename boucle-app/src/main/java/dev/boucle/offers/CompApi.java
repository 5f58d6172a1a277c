package dev.boucle.offers;

import dev.boucle.comp.NetEngine;
import dev.boucle.comp.NetJson;
import dev.boucle.comp.NetQuery;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.DataFileException;
import dev.boucle.platform.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The net-of-tax calculator (boucle-comp's CLI over HTTP) and the bands file. */
@ApiController("/api/v1/comp")
class CompApi {

    private final NetEngine engine = new NetEngine();
    private final CompBands bands;
    private final MessageSource messages;

    CompApi(CompBands bands, MessageSource messages) {
        this.bands = bands;
        this.messages = messages;
    }

    /** The same fields as {@code boucle-comp net}, and the same JSON as its {@code --json}. */
    @GetMapping(value = "/net", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<String> net(@RequestParam MultiValueMap<String, String> query) {
        NetResult result;
        try {
            NetRequest request = NetQuery.parse(Map.copyOf(query));
            result = engine.net(request); // the year's limits (401(k), HSA, annual allowance) are checked here
        } catch (RefusedInput e) {
            String field = e.field();
            String key = NetQuery.FIELDS.contains(field) ? "comp.error." + field : "comp.error.unknown";
            throw new BadInput(Map.of(field, key), "comp.error", field);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(NetJson.write(result));
    }

    @GetMapping(value = "/bands", produces = "application/yaml")
    @Team.Recruiting
    String bandsSource() {
        return bands.currentSource();
    }

    record Replaced(int bands, List<String> offices, String approvalMode) {}

    @PutMapping(value = "/bands", consumes = {"application/yaml", "text/yaml", "text/plain"})
    @Team.Admins
    Replaced replace(@RequestBody String yaml, @RequestParam(defaultValue = "bands.yaml") String fileName) {
        BandBook book = bands.replace(fileName, yaml, CurrentUser.get());
        return new Replaced(book.bands().size(), List.copyOf(book.offices().keySet()), book.approvals().mode().name());
    }

    @ExceptionHandler(DataFileException.class)
    ProblemDetail badFile(DataFileException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-bands-file", DataFiles.describe(e, messages,
                LocaleContextHolder.getLocale()));
        problem.setProperty("file", e.file());
        problem.setProperty("line", e.line());
        problem.setProperty("field", e.field());
        return problem;
    }
}
