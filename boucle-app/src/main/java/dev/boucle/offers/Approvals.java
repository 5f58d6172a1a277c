package dev.boucle.offers;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who must approve each submission of an offer (offer_approvers) and what they decided (offer_approvals). */
@Repository
class Approvals {

    private final JdbcClient jdbc;

    Approvals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A place in the approval order: a named person, or anyone holding a role. */
    record Slot(int position, Long userId, String userName, String role) {}

    /** A decision on a slot, kept for ever. */
    record Decision(int submission, int position, long approverId, String approverName, boolean approved, String reason, Instant at) {}

    void addSlot(long offerId, int submission, int position, Long userId, String role) {
        jdbc.sql("insert into offer_approvers (offer_id, submission, position, user_id, role) values (?, ?, ?, ?, ?)")
                .params(offerId, submission, position, userId, role).update();
    }

    List<Slot> slots(long offerId, int submission) {
        return jdbc.sql("""
                select a.position, a.user_id, u.name, a.role from offer_approvers a left join users u on u.id = a.user_id
                where a.offer_id = ? and a.submission = ? order by a.position""")
                .params(offerId, submission).query((rs, n) -> {
                    long user = rs.getLong(2);
                    boolean none = rs.wasNull();
                    return new Slot(rs.getInt(1), none ? null : user, rs.getString(3), rs.getString(4));
                }).list();
    }

    void decide(long offerId, int submission, int position, long approverId, String approverName, boolean approved, String reason,
            Instant at) {
        jdbc.sql("""
                insert into offer_approvals (offer_id, submission, position, approver_id, approver_name, decision, reason, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(offerId, submission, position, approverId, approverName, approved ? "APPROVED" : "REFUSED", reason,
                        Timestamp.from(at))
                .update();
    }

    /** Every decision on the offer, all submissions, oldest first. */
    List<Decision> decisions(long offerId) {
        return jdbc.sql("""
                select submission, position, approver_id, approver_name, decision, reason, at from offer_approvals
                where offer_id = ? order by id""")
                .param(offerId).query((rs, n) -> new Decision(rs.getInt(1), rs.getInt(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5).equals("APPROVED"), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }
}
