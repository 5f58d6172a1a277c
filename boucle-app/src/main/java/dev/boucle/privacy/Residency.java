package dev.boucle.privacy;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Office;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.ProcessReplacing;
import dev.boucle.platform.Conflict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where candidates' data may live. Each office declares the region its candidates' data belongs
 * to (the process file's {@code region}); the deployment declares where its database and storage
 * are ({@code BOUCLE_DATA_REGION}, EU by default). An EU office's candidates stay in the EU; a UK
 * office's in the UK or the EU (the UK regards the EU as adequate); others anywhere. A deployment
 * that breaks this does not start, and names the office; a process file that would break it is
 * refused.
 */
@Component
class Residency implements SmartInitializingSingleton {

    /** An office and whether this deployment may hold its candidates' data. */
    record Placement(String office, String region, boolean allowed) {}

    private final ProcessCatalog catalog;
    private final String deployment;

    Residency(ProcessCatalog catalog, @Value("${boucle.data-region:EU}") String deployment) {
        this.catalog = catalog;
        this.deployment = deployment.strip().toUpperCase(Locale.ROOT);
    }

    String deployment() {
        return deployment;
    }

    /** Whether a deployment in {@code deployment} may hold the data of an office of {@code region}. */
    static boolean allowed(String region, String deployment) {
        return switch (region.toUpperCase(Locale.ROOT)) {
            case "EU" -> deployment.equals("EU");
            case "UK" -> deployment.equals("UK") || deployment.equals("EU");
            default -> true;
        };
    }

    List<Placement> map() {
        return placements(catalog.current());
    }

    private List<Placement> placements(HiringProcess process) {
        return process.offices().stream().map(o -> new Placement(o.key(), o.region(), allowed(o.region(), deployment))).toList();
    }

    private Optional<Office> firstRefused(HiringProcess process) {
        return process.offices().stream().filter(o -> !allowed(o.region(), deployment)).findFirst();
    }

    /** At start-up: a configuration error, naming the office, stops Boucle before it serves anyone. */
    @Override
    public void afterSingletonsInstantiated() {
        firstRefused(catalog.current()).ifPresent(o -> {
            throw new IllegalStateException("Data residency: the candidates of office " + o.key() + " (region " + o.region()
                    + ") cannot be kept in this deployment, declared in region " + deployment
                    + " (BOUCLE_DATA_REGION); move the database and storage, or change the office's region in the process file");
        });
    }

    @EventListener
    void replacing(ProcessReplacing event) {
        firstRefused(event.process()).ifPresent(o -> {
            throw new Conflict("privacy.residency.refused", o.key(), o.region(), deployment);
        });
    }
}
