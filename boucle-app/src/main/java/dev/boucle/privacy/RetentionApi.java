package dev.boucle.privacy;

import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.OncePerCluster;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The retention rules for admins: the policies in force, and a run, dry by default. */
@ApiController("/api/v1/retention")
class RetentionApi {

    private final Retention retention;
    private final RetentionPolicies policies;
    private final OncePerCluster cluster;

    RetentionApi(Retention retention, RetentionPolicies policies, OncePerCluster cluster) {
        this.retention = retention;
        this.policies = policies;
        this.cluster = cluster;
    }

    @GetMapping("/policies")
    @Team.Admins
    RetentionPolicies.Loaded policies() {
        return policies.loaded();
    }

    /** Dry unless told otherwise: a run that erases is asked for by name. */
    @PostMapping("/run")
    @Team.Admins
    Retention.Report run(@RequestParam(defaultValue = "true") boolean dryRun) {
        if (dryRun) return retention.run(true, LocaleContextHolder.getLocale());
        var report = new java.util.concurrent.atomic.AtomicReference<Retention.Report>();
        // One real run at a time across the cluster, the nightly job's included.
        if (!cluster.run("retention", () -> report.set(retention.run(false, LocaleContextHolder.getLocale())))) {
            throw new Conflict("privacy.retention.running");
        }
        return report.get();
    }
}
