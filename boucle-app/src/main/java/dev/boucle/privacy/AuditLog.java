package dev.boucle.privacy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit log: {@link #record} appends to a pending table with one plain insert (no lock, so a
 * read of candidate data stays cheap); {@link #chain} moves pending rows in order into the chained
 * log, under a transaction-scoped advisory lock so one node chains at a time; {@link #verify}
 * walks the chain and names the first entry that does not hold.
 */
@Service
public class AuditLog {

    /** The outcome of a verification: {@code firstBroken} is the first entry whose hash or link fails. */
    public record Verification(boolean intact, long entries, @Nullable Long firstBroken) {}

    static final int BATCH = 2000;
    /** "boucle audit" as the advisory lock's key; no other lock of Boucle's uses it. */
    private static final long CHAIN_LOCK = 0x626f75636c65_a0dL;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
    }

    /** Records an access, in the caller's transaction if there is one (a change and its entry commit together). */
    public void record(@Nullable Long actorId, Action action, String subjectType, long subjectId, @Nullable Long candidateId,
            Reason reason) {
        jdbc.sql("""
                insert into audit_pending (at, actor_id, action, subject_type, subject_id, candidate_id, reason)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)), actorId, action.name(), subjectType, subjectId,
                        candidateId, reason.name()).update();
    }

    @Scheduled(fixedDelayString = "${boucle.audit.chain-ms:1000}", initialDelayString = "${boucle.audit.chain-ms:1000}")
    void chainRecent() {
        for (int batches = 0; batches < 20; batches++) {
            if (chain() < BATCH) return;
        }
    }

    /** Chains one batch of pending entries; how many. */
    int chain() {
        Integer chained = tx.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Boolean.class).single()) return 0;
            List<Pending> pending = jdbc.sql("""
                    select id, at, actor_id, action, subject_type, subject_id, candidate_id, reason from audit_pending
                     order by id limit ?""").param(BATCH).query((rs, n) -> new Pending(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                    (Long) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getLong(6), (Long) rs.getObject(7), rs.getString(8))).list();
            if (pending.isEmpty()) return 0;
            Head head = head();
            long seq = head.seq();
            byte[] prev = head.hash();
            for (Pending p : pending) {
                seq++;
                byte[] hash = AuditEntry.hash(seq, p.at(), p.actorId(), p.action(), p.subjectType(), p.subjectId(), p.candidateId(), p.reason(), prev);
                jdbc.sql("""
                        insert into audit_log (seq, at, actor_id, action, subject_type, subject_id, candidate_id, reason, prev_hash, hash)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(seq, Timestamp.from(p.at()), p.actorId(), p.action(), p.subjectType(), p.subjectId(), p.candidateId(),
                                p.reason(), prev, hash).update();
                prev = hash;
            }
            jdbc.sql("""
                    insert into audit_head (id, seq, hash) values (1, ?, ?)
                    on conflict (id) do update set seq = excluded.seq, hash = excluded.hash""").params(seq, prev).update();
            // The ids chained, exactly: a row of a transaction that commits later has a smaller id but waits its turn.
            jdbc.sql("delete from audit_pending where id = any(?)").param(pending.stream().map(Pending::id).toArray(Long[]::new)).update();
            return pending.size();
        });
        return chained == null ? 0 : chained;
    }

    /** Walks the whole chain in order: every entry must follow the one before and hash to what it says. */
    public Verification verify() {
        chain();
        long entries = 0;
        long expected = 1;
        byte[] prev = AuditEntry.GENESIS;
        for (List<AuditEntry> page = page(0, 5000); !page.isEmpty(); page = page(page.getLast().seq(), 5000)) {
            for (AuditEntry e : page) {
                entries++;
                // A deleted entry shows as a gap (or a broken link); an edited one as a hash that is not its own.
                if (e.seq() != expected) return new Verification(false, entries, expected);
                byte[] recomputed = AuditEntry.hash(e.seq(), e.at(), e.actorId(), e.action(), e.subjectType(), e.subjectId(),
                        e.candidateId(), e.reason(), e.prevHash());
                if (!Arrays.equals(e.prevHash(), prev) || !Arrays.equals(recomputed, e.hash())) return new Verification(false, entries, e.seq());
                prev = e.hash();
                expected++;
            }
        }
        // The head says how far the log went: entries missing at its end are a break too.
        Head head = head();
        if (expected - 1 != head.seq()) return new Verification(false, entries, expected);
        if (!Arrays.equals(prev, head.hash())) return new Verification(false, entries, head.seq());
        return new Verification(true, entries, null);
    }

    /** Entries about a candidate, or by a user (either may be null), newest first. */
    public List<AuditEntry> search(@Nullable Long candidateId, @Nullable Long userId, int limit) {
        chain();
        return jdbc.sql("""
                select * from audit_log
                 where (cast(? as bigint) is null or candidate_id = ?) and (cast(? as bigint) is null or actor_id = ?)
                 order by seq desc limit ?""")
                .params(candidateId, candidateId, userId, userId, limit).query(AuditLog::row).list();
    }

    /** Entries after {@code seq}, in order: for verification and export. */
    public List<AuditEntry> page(long afterSeq, int limit) {
        return jdbc.sql("select * from audit_log where seq > ? order by seq limit ?").params(afterSeq, limit).query(AuditLog::row).list();
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id"), rs.getString("action"),
                rs.getString("subject_type"), rs.getLong("subject_id"), (Long) rs.getObject("candidate_id"), rs.getString("reason"),
                rs.getBytes("prev_hash"), rs.getBytes("hash"));
    }

    /** The chain's last seq and hash, as the head row keeps them (none yet: zero and the genesis). */
    public record Head(long seq, byte[] hash) {}

    public Head head() {
        return jdbc.sql("select seq, hash from audit_head where id = 1").query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).optional()
                .orElse(new Head(0, AuditEntry.GENESIS));
    }

    private record Pending(long id, Instant at, @Nullable Long actorId, String action, String subjectType, long subjectId,
            @Nullable Long candidateId, String reason) {}

    /** What was done. */
    public enum Action { READ, CHANGE, EXPORT, ERASE }

    /** Why, as a code: never free text, which could name someone. */
    public enum Reason { PIPELINE, INTERVIEW, REVIEW, SCHEDULING, OFFER, CANDIDATE_REQUEST, COMPLIANCE, RETENTION, RECTIFICATION }
}
