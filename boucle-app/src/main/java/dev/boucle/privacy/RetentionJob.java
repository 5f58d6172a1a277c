package dev.boucle.privacy;

import dev.boucle.platform.OncePerCluster;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Applies the retention rules every night, on one node of the cluster. The log says how many
 * candidates each action reached, never who.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private final Retention retention;
    private final OncePerCluster cluster;

    RetentionJob(Retention retention, OncePerCluster cluster) {
        this.retention = retention;
        this.cluster = cluster;
    }

    @Scheduled(cron = "${boucle.retention.cron:0 17 3 * * *}", zone = "UTC")
    void nightly() {
        cluster.run("retention", () -> {
            Retention.Report report = retention.run(false, Locale.ENGLISH);
            var counts = report.affected().stream().collect(java.util.stream.Collectors.groupingBy(Retention.Affected::action,
                    java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            if (!counts.isEmpty()) log.info("Retention applied: {}", counts);
        });
    }
}
