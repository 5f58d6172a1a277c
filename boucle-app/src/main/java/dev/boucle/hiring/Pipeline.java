package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.Track;
import dev.boucle.people.CurrentUser;
import dev.boucle.platform.Conflict;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The board of a job: one column per stage of its track with the count of open applications
 * and the first page of each, longest waiting first. Two queries whatever the size of the
 * job: the counts (job_board_counts: a few folded rows plus recent changes, which triggers
 * append) and every
 * column's first page (one LATERAL join, each side an index range scan).
 */
@Service
public class Pipeline {

    public static final int DEFAULT_PAGE = 25;
    public static final int MAX_PAGE = 200;
    private final JdbcClient jdbc;
    private final OpeningJobs jobs;
    private final ProcessCatalog catalog;
    private final HiringAccess access;
    private final Clock clock;

    Pipeline(JdbcClient jdbc, OpeningJobs jobs, ProcessCatalog catalog, HiringAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.jobs = jobs;
        this.catalog = catalog;
        this.access = access;
        this.clock = clock;
    }

    public record Card(long applicationId, long candidateId, String candidateName, ApplicationStatus status,
            Instant stageEnteredAt, TimeInProcess timeInProcess) {}

    public record Column(StageKind stage, long count, List<Card> applications) {}

    public record Board(Job job, List<Column> stages, Map<ApplicationStatus, Long> closed) {}

    /**
     * A board and its entity tag. The tag names what the board was computed from: the job, the
     * number of changes ever made to its counts (which only grows: every insert, move and
     * delete appends one), the day (time in process counts calendar days), the process in
     * force and the page size. Two equal tags therefore mean the same board.
     */
    public record Tagged(String etag, Board board) {}

    /** A computed board and what it was computed from. */
    private record Cached(long version, int limit, LocalDate day, HiringProcess process, Board board) {}

    /** At most one board per job: the latest asked for. Bounded by the number of jobs. */
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    public Board board(long jobId, CurrentUser user, int pageSize) {
        return tagged(jobId, user, pageSize).board();
    }

    /**
     * The board, served from memory while the job's version (see {@link Tagged}) and the day
     * are unchanged. No transaction: the version is read first, so a board computed from
     * newer rows is only ever recomputed once more, never served stale. The caller's relation
     * to the job is checked before anything about the board is returned, its tag included.
     */
    public Tagged tagged(long jobId, CurrentUser user, int pageSize) {
        long version = version(jobId);
        access.require(access.canSeePipeline(user, jobId));
        int limit = Math.clamp(pageSize, 1, MAX_PAGE);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        HiringProcess process = catalog.current();
        String etag = "\"" + jobId + "." + version + "." + today + "." + processTag(process) + "." + limit + "\"";
        Cached hit = cache.get(jobId);
        if (hit != null && hit.version() == version && hit.limit() == limit && hit.day().equals(today)
                && hit.process() == process) {
            return new Tagged(etag, hit.board());
        }
        Board board = compute(jobId, limit);
        cache.put(jobId, new Cached(version, limit, today, process, board));
        return new Tagged(etag, board);
    }

    /** The process in force and a hash of its content, computed once per process loaded. */
    private record ProcessTag(HiringProcess process, String tag) {}

    private volatile ProcessTag processTag;

    private String processTag(HiringProcess process) {
        ProcessTag known = processTag;
        if (known == null || known.process() != process) {
            known = new ProcessTag(process, Integer.toHexString(process.hashCode()));
            processTag = known;
        }
        return known.tag();
    }

    /**
     * How many count changes the job's board has seen, folded or not, read in one statement
     * (one snapshot), so a fold committing meanwhile moves changes from one term to the other
     * without changing the sum.
     */
    private long version(long jobId) {
        return jdbc.sql("""
                select (select coalesce(sum(folded), 0) from job_stage_counts where job_id = j.id)
                     + (select count(*) from job_stage_count_changes where job_id = j.id)
                from jobs j where j.id = ?""").param(jobId).query(Long.class).optional()
                .orElseThrow(() -> new dev.boucle.platform.NotFound("job", jobId));
    }

    private Board compute(long jobId, int limit) {
        Job job = jobs.job(jobId);
        HiringProcess process = catalog.current();
        Track track = process.track(job.track()).orElseThrow(() -> new Conflict("job.track.gone", job.track()));

        Map<StageKind, Long> open = new EnumMap<>(StageKind.class);
        Map<ApplicationStatus, Long> closed = new EnumMap<>(ApplicationStatus.class);
        jdbc.sql("select stage, status, n from job_board_counts where job_id = ? and n > 0")
                .param(jobId).query(rs -> {
                    ApplicationStatus status = ApplicationStatus.valueOf(rs.getString(2));
                    long n = rs.getLong(3);
                    if (status == ApplicationStatus.REJECTED || status == ApplicationStatus.WITHDRAWN) closed.merge(status, n, Long::sum);
                    else open.merge(StageKind.valueOf(rs.getString(1)), n, Long::sum);
                });

        Instant now = clock.instant();
        Map<StageKind, List<Card>> cards = new LinkedHashMap<>();
        String stages = String.join(",", track.stageKinds().stream().map(Enum::name).toList());
        jdbc.sql("""
                select a.id, a.candidate_id, c.name, a.status, a.stage, a.stage_entered_at, a.applied_at, a.closed_at
                from unnest(string_to_array(:stages, ',')) as s(stage)
                cross join lateral (
                    select * from applications a
                    where a.job_id = :job and a.stage = s.stage and a.status in ('ACTIVE', 'ON_HOLD', 'HIRED')
                    order by a.stage_entered_at, a.id limit :limit) a
                join candidates c on c.id = a.candidate_id""")
                .param("stages", stages).param("job", jobId).param("limit", limit)
                .query(rs -> {
                    Timestamp closedAt = rs.getTimestamp(8);
                    Card card = new Card(rs.getLong(1), rs.getLong(2), rs.getString(3), ApplicationStatus.valueOf(rs.getString(4)),
                            rs.getTimestamp(6).toInstant(), TimeInProcess.of(rs.getTimestamp(7).toInstant(),
                            closedAt == null ? null : closedAt.toInstant(), now, process.atRiskWeeks(), process.overdueWeeks()));
                    cards.computeIfAbsent(StageKind.valueOf(rs.getString(5)), k -> new ArrayList<>()).add(card);
                });
        List<Column> columns = new ArrayList<>();
        for (StageKind stage : track.stageKinds()) {
            List<Card> list = cards.getOrDefault(stage, List.of());
            list = new ArrayList<>(list);
            list.sort(java.util.Comparator.comparing(Card::stageEnteredAt).thenComparingLong(Card::applicationId));
            columns.add(new Column(stage, open.getOrDefault(stage, 0L), List.copyOf(list)));
        }
        return new Board(job, columns, closed);
    }
}
