package dev.boucle.privacy;

import dev.boucle.platform.ComputationRecords.Kind;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Where Boucle stands on its duties, in one object for the API, the page and the export: data
 * residency, the audit log's chain, the deployer's declared AI Act duties and which are missing,
 * the log of computed results by kind with the share a person reviewed, and explanation requests
 * open and overdue.
 */
@Component
public class ComplianceSummary {

    /** An office, its data region, and whether this deployment may hold its candidates' data. */
    public record Office(String office, String region, boolean allowed) {}

    /** Computed results logged, how many a person reviewed, and that share (0 to 1). */
    public record Oversight(long computations, long reviewed, double share) {}

    public record Summary(String dataRegion, List<Office> offices, AuditLog.Verification audit, DeployerDuties.Duties deployerDuties,
            List<DeployerDuties.Missing> missingDuties, Map<Kind, Long> computations, int computationsKeptMonths, Oversight oversight,
            ExplanationRequests.Backlog explanations) {}

    private final Residency residency;
    private final AuditLog audit;
    private final DeployerDuties duties;
    private final Computations computations;
    private final ExplanationRequests explanations;
    private final AiRecordSettings settings;

    ComplianceSummary(Residency residency, AuditLog audit, DeployerDuties duties, Computations computations, ExplanationRequests explanations,
            AiRecordSettings settings) {
        this.residency = residency;
        this.audit = audit;
        this.duties = duties;
        this.computations = computations;
        this.explanations = explanations;
        this.settings = settings;
    }

    /** No transaction of its own: verifying the audit log first chains its pending entries, which writes. */
    Summary now() {
        DeployerDuties.Duties declared = duties.current();
        Computations.Coverage coverage = computations.coverage();
        List<Office> offices = residency.map().stream().map(p -> new Office(p.office(), p.region(), p.allowed())).toList();
        return new Summary(residency.deployment(), offices, audit.verify(), declared, declared.missing(), computations.countsByKind(),
                settings.months(), new Oversight(coverage.computations(), coverage.reviewed(), coverage.share()), explanations.backlog());
    }
}
