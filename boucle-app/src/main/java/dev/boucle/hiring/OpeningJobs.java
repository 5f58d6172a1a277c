package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening a job on a track of the process in force, and listing the jobs a person may see. */
@Service
class OpeningJobs {

    private final Jobs jobs;
    private final Users users;
    private final ProcessCatalog catalog;

    OpeningJobs(Jobs jobs, Users users, ProcessCatalog catalog) {
        this.jobs = jobs;
        this.users = users;
        this.catalog = catalog;
    }

    public record NewJob(String title, String track, String level, String office, Long hiringManagerId) {}

    @Transactional
    public long open(NewJob input, CurrentUser actor) {
        HiringProcess process = catalog.current();
        Map<String, String> errors = new LinkedHashMap<>();
        String title = input.title() == null ? "" : input.title().strip();
        if (title.isEmpty() || title.length() > 200) errors.put("title", "job.title.invalid");
        if (input.track() == null || process.track(input.track()).isEmpty()) errors.put("track", "job.track.unknown");
        if (input.level() == null || process.level(input.level()).isEmpty()) errors.put("level", "job.level.unknown");
        if (input.office() == null || process.office(input.office()).isEmpty()) errors.put("office", "job.office.unknown");
        if (input.hiringManagerId() != null && users.byId(input.hiringManagerId())
                .filter(u -> u.has(Role.HIRING_MANAGER)).isEmpty()) {
            errors.put("hiringManagerId", "job.manager.invalid");
        }
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        return jobs.insert(title, input.track(), input.level(), input.office(), input.hiringManagerId(), actor.id());
    }

    public Job job(long id) {
        return jobs.byId(id).orElseThrow(() -> new dev.boucle.platform.NotFound("job", id));
    }

    public List<Job> all() {
        return jobs.all();
    }
}
