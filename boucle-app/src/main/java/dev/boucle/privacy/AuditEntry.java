package dev.boucle.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit log: who (a user id; null for the candidate or Boucle itself), did what,
 * to which subject, concerning which candidate, and why (a code). Its hash covers every field and
 * the previous entry's hash, in a fixed layout, so the chain can be checked from the rows alone.
 */
public record AuditEntry(long seq, Instant at, @Nullable Long actorId, String action, String subjectType, long subjectId,
        @Nullable Long candidateId, String reason, byte[] prevHash, byte[] hash) {

    /** The chain's start: the hash before the first entry. */
    static final byte[] GENESIS = new byte[32];

    /** The hash of an entry with these fields after {@code prev}: length-prefixed fields, so no two layouts collide. */
    static byte[] hash(long seq, Instant at, @Nullable Long actorId, String action, String subjectType, long subjectId,
            @Nullable Long candidateId, String reason, byte[] prev) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(prev);
            sha.update(ByteBuffer.allocate(8 * 5).putLong(seq).putLong(micros(at)).putLong(actorId == null ? -1 : actorId)
                    .putLong(subjectId).putLong(candidateId == null ? -1 : candidateId).array());
            for (String s : new String[] {action, subjectType, reason}) {
                byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** PostgreSQL keeps microseconds: the hash sees what the row holds. */
    static long micros(Instant at) {
        return at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    }
}
