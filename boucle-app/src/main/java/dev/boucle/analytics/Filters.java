package dev.boucle.analytics;

import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Turns a report's query parameters into a {@link Filter}, refusing each bad one by name
 * (an unknown job, track, office or level, a date that is not yyyy-mm-dd, from after to), and
 * scopes it to the caller: admins and recruiters see every job, a hiring manager only the jobs
 * they manage (as on the board), and asking for another job is refused.
 */
@Component
class Filters {

    static final int MAX_SOURCE = 200;

    private final ProcessCatalog catalog;
    private final ApplicationIndex index;

    Filters(ProcessCatalog catalog, ApplicationIndex index) {
        this.catalog = catalog;
        this.index = index;
    }

    /** The raw parameters, as a page form or a query string gives them. */
    record Params(@Nullable String jobId, @Nullable String track, @Nullable String office, @Nullable String level,
            @Nullable String source, @Nullable String from, @Nullable String to) {}

    Filter of(Params p, CurrentUser user) {
        Map<String, String> errors = new LinkedHashMap<>();
        HiringProcess process = catalog.current();
        List<ApplicationIndex.Listed> jobs = index.jobs();
        Long jobId = null;
        String job = blankToNull(p.jobId());
        if (job != null) {
            try {
                long id = Long.parseLong(job);
                if (jobs.stream().anyMatch(j -> j.job().value() == id)) jobId = id;
                else errors.put("jobId", "analytics.filter.job");
            } catch (NumberFormatException e) {
                errors.put("jobId", "analytics.filter.job");
            }
        }
        String track = blankToNull(p.track());
        if (track != null && process.track(track).isEmpty()) errors.put("track", "analytics.filter.track");
        String office = blankToNull(p.office());
        if (office != null && process.office(office).isEmpty()) errors.put("office", "analytics.filter.office");
        String level = blankToNull(p.level());
        if (level != null && process.level(level).isEmpty()) errors.put("level", "analytics.filter.level");
        String source = blankToNull(p.source());
        if (source != null && source.length() > MAX_SOURCE) errors.put("source", "analytics.filter.source");
        LocalDate from = date(p.from(), "from", errors);
        LocalDate to = date(p.to(), "to", errors);
        if (from != null && to != null && from.isAfter(to)) errors.put("from", "analytics.filter.range");
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        return new Filter(jobId, track, office, level, source, from, to, scope(user, jobId, jobs));
    }

    /** The jobs this user may report on, or null for all of them. */
    private static @Nullable List<Long> scope(CurrentUser user, @Nullable Long jobId, List<ApplicationIndex.Listed> jobs) {
        if (user.in(Team.RECRUITING)) return null;
        List<Long> own = visibleJobs(user, jobs).stream().map(j -> j.job().value()).toList();
        if (jobId != null && !own.contains(jobId)) throw new AccessDeniedException("not this hiring manager's job");
        return own;
    }

    /** The jobs a user may pick in the filter: all for the recruiting team, a hiring manager's own otherwise. */
    List<ApplicationIndex.Listed> visibleJobs(CurrentUser user) {
        return visibleJobs(user, index.jobs());
    }

    private static List<ApplicationIndex.Listed> visibleJobs(CurrentUser user, List<ApplicationIndex.Listed> jobs) {
        if (user.in(Team.RECRUITING)) return jobs;
        return jobs.stream().filter(j -> j.hiringManagerId() != null && j.hiringManagerId() == user.id()).toList();
    }

    private static @Nullable LocalDate date(@Nullable String raw, String field, Map<String, String> errors) {
        String value = blankToNull(raw);
        if (value == null) return null;
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "analytics.filter.date");
            return null;
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
