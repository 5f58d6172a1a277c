package dev.boucle.offers;

import dev.boucle.people.Users;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who must approve each submission of an offer (offer_approvers) and what they decided (offer_approvals). */
@Repository
class Approvals {

    private final JdbcClient jdbc;
    private final Users users;

    Approvals(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
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
        List<Slot> slots = jdbc.sql("""
                select position, user_id, role from offer_approvers where offer_id = ? and submission = ? order by position""")
                .params(offerId, submission).query((rs, n) -> {
                    long user = rs.getLong(2);
                    boolean none = rs.wasNull();
                    return new Slot(rs.getInt(1), none ? null : user, null, rs.getString(3));
                }).list();
        Map<Long, String> names = users.names(slots.stream().map(Slot::userId).filter(Objects::nonNull).toList());
        return slots.stream().map(s -> s.userId() == null ? s : new Slot(s.position(), s.userId(), names.get(s.userId()), s.role()))
                .toList();
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
