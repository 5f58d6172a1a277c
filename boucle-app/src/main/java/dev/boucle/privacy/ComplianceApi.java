package dev.boucle.privacy;

import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;

/** The compliance summary so far: where the data lives against each office's region, and the audit log's state. */
@ApiController("/api/v1/compliance")
class ComplianceApi {

    record Summary(String dataRegion, List<Residency.Placement> offices, AuditLog.Verification audit) {}

    private final Residency residency;
    private final AuditLog audit;

    ComplianceApi(Residency residency, AuditLog audit) {
        this.residency = residency;
        this.audit = audit;
    }

    @GetMapping
    @Team.Admins
    Summary summary() {
        return new Summary(residency.deployment(), residency.map(), audit.verify());
    }
}
