package dev.boucle.privacy;

import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The compliance summary: where the data lives against each office's region, the audit log's
 * state, the AI Act deployer duties, computed results and their oversight, explanation requests;
 * and the same as a dated file to keep or hand to an auditor.
 */
@ApiController("/api/v1/compliance")
class ComplianceApi {

    record Export(Instant generatedAt, ComplianceSummary.Summary summary) {}

    private final ComplianceSummary summary;
    private final Clock clock;

    ComplianceApi(ComplianceSummary summary, Clock clock) {
        this.summary = summary;
        this.clock = clock;
    }

    @GetMapping
    @Team.Admins
    ComplianceSummary.Summary summary() {
        return summary.now();
    }

    @GetMapping("/export")
    @Team.Admins
    ResponseEntity<Export> export() {
        Instant now = clock.instant();
        String name = "boucle-compliance-" + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new Export(now, summary.now()));
    }
}
