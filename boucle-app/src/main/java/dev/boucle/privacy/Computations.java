package dev.boucle.privacy;

import dev.boucle.platform.ComputationRecords;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log of computed results (EU AI Act Art. 12, 26(6)): one row per verdict, calibration or
 * suggested plan, with the engine's build, the inputs and the output, kept for
 * {@code boucle.ai-records.months} and deleted by a daily job after that.
 */
@Service
public class Computations implements ComputationRecords {

    /** A logged computation; the person's ids are null once they were erased. */
    public record Computation(long id, Instant at, Kind kind, String engine, String engineVersion, @Nullable Long candidateId,
            @Nullable Long applicationId, @Nullable Long subject, JsonNode inputs, JsonNode output, Instant keepUntil) {}

    /** What to log: the inputs hold ids that lead back to the person under {@code refs}, which erasure removes. */
    record Entry(Kind kind, String engine, String engineVersion, long candidateId, long applicationId, long subject,
            Map<String, Object> inputs, Map<String, Object> output) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AiRecordSettings settings;

    Computations(JdbcClient jdbc, JsonMapper json, Clock clock, AiRecordSettings settings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    /** Logs a computation, in the caller's transaction (a result and its record commit together). */
    long record(Entry e) {
        return insert(e, null).orElseThrow();
    }

    /**
     * Logs a computation unless the same inputs and output were already logged for the application:
     * for results computed again on every read (calibration), which must not flood the log.
     */
    void recordOnce(Entry e) {
        // The listeners build inputs and output in a fixed order, so equal sets write equal text.
        insert(e, sha256(json.writeValueAsString(e.inputs()) + "\n" + json.writeValueAsString(e.output())));
    }

    private Optional<Long> insert(Entry e, @Nullable String hash) {
        Instant now = clock.instant();
        Instant keep = now.atOffset(ZoneOffset.UTC).plusMonths(settings.months()).toInstant();
        return jdbc.sql("""
                insert into computations (at, kind, engine, engine_version, candidate_id, application_id, subject, inputs, output,
                                          input_hash, keep_until)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
                on conflict (kind, application_id, input_hash) where input_hash is not null and application_id is not null
                do nothing returning id""")
                .params(Timestamp.from(now), e.kind().name(), e.engine(), e.engineVersion(), e.candidateId(), e.applicationId(),
                        e.subject(), json.writeValueAsString(e.inputs()), json.writeValueAsString(e.output()), hash, Timestamp.from(keep))
                .query(Long.class).optional();
    }

    @Override
    public Map<Long, Long> latest(Kind kind, Collection<Long> subjects) {
        if (subjects.isEmpty()) return Map.of();
        Map<Long, Long> ids = new HashMap<>();
        jdbc.sql("""
                select distinct on (subject) subject, id from computations
                 where kind = ? and subject = any(?) order by subject, id desc""")
                .params(kind.name(), subjects.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().forEach(e -> ids.put(e.getKey(), e.getValue()));
        return ids;
    }

    public List<Computation> ofApplication(long applicationId) {
        return jdbc.sql("select * from computations where application_id = ? order by id").param(applicationId).query(this::row).list();
    }

    public List<Computation> ofCandidate(long candidateId) {
        return jdbc.sql("select * from computations where candidate_id = ? order by id").param(candidateId).query(this::row).list();
    }

    public Optional<Computation> byId(long id) {
        return jdbc.sql("select * from computations where id = ?").param(id).query(this::row).optional();
    }

    /** The application's calibrated-score records: what a decision on it was taken beside. */
    List<Long> calibrationsOf(long applicationId) {
        return jdbc.sql("select id from computations where application_id = ? and kind = 'CALIBRATED_SCORE' order by id")
                .param(applicationId).query(Long.class).list();
    }

    /** How many records of each kind the log holds. */
    Map<Kind, Long> countsByKind() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) counts.put(k, 0L);
        jdbc.sql("select kind, count(*) from computations group by kind")
                .query((rs, n) -> Map.entry(Kind.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Records of the log, and how many of them a person is recorded as having reviewed. */
    record Coverage(long computations, long reviewed) {
        /** The share reviewed by a person, 0 to 1; 1 for an empty log (nothing went unreviewed). */
        double share() {
            return computations == 0 ? 1 : (double) reviewed / computations;
        }
    }

    Coverage coverage() {
        return jdbc.sql("""
                select count(*), count(*) filter (where exists (select 1 from oversight o where o.computation_id = c.id))
                  from computations c""").query((rs, n) -> new Coverage(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Every day, the records past their keeping date go (their oversight with them, by cascade). */
    @Scheduled(cron = "${boucle.ai-records.purge-cron:0 40 3 * * *}")
    void purgeExpired() {
        purge();
    }

    int purge() {
        return jdbc.sql("delete from computations where keep_until < ?").param(Timestamp.from(clock.instant())).update();
    }

    /** A person is erased: their records stay, as the AI Act wants, without the ids that lead back to them. */
    int unlink(long candidateId, Collection<Long> applicationIds) {
        return jdbc.sql("""
                update computations set candidate_id = null, application_id = null, subject = null, input_hash = null,
                       inputs = inputs - 'refs'
                 where candidate_id = ? or application_id = any(?)""")
                .params(candidateId, applicationIds.toArray(Long[]::new)).update();
    }

    private Computation row(ResultSet rs, int n) throws SQLException {
        return new Computation(rs.getLong("id"), rs.getTimestamp("at").toInstant(), Kind.valueOf(rs.getString("kind")), rs.getString("engine"),
                rs.getString("engine_version"), (Long) rs.getObject("candidate_id"), (Long) rs.getObject("application_id"),
                (Long) rs.getObject("subject"), json.readTree(rs.getString("inputs")), json.readTree(rs.getString("output")),
                rs.getTimestamp("keep_until").toInstant());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
