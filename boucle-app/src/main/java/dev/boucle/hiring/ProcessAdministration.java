package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.ProcessParser;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.Conflict;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Replacing the process: the new file must parse and must still hold every track, office and
 * level an existing job uses; otherwise it is refused and the old one stays in force.
 */
@Service
class ProcessAdministration {

    private final ProcessCatalog catalog;
    private final Jobs jobs;
    private final org.springframework.context.ApplicationEventPublisher events;

    ProcessAdministration(ProcessCatalog catalog, Jobs jobs, org.springframework.context.ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.events = events;
    }

    @Transactional
    public HiringProcess replace(String fileName, String yaml, CurrentUser admin) {
        HiringProcess candidate = ProcessParser.parse(fileName, yaml);
        missing(jobs.tracksInUse(), candidate.tracks().stream().map(t -> t.key()).toList(), "process.refused.track-in-use");
        missing(jobs.officesInUse(), candidate.offices().stream().map(o -> o.key()).toList(), "process.refused.office-in-use");
        missing(jobs.levelsInUse(), candidate.levels().stream().map(l -> l.key()).toList(), "process.refused.level-in-use");
        events.publishEvent(new dev.boucle.hiring.process.ProcessReplacing(candidate));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) catalog.reset();
            }
        });
        return catalog.replace(fileName, yaml, admin.id());
    }

    private static void missing(List<String> used, List<String> offered, String key) {
        for (String u : used) if (!offered.contains(u)) throw new Conflict(key, u);
    }
}
