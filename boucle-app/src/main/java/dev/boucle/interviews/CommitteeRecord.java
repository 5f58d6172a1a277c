package dev.boucle.interviews;

import dev.boucle.interviews.FinalReview.Decision;
import dev.boucle.interviews.FinalReview.Verdict;
import dev.boucle.interviews.FinalReview.Vote;
import dev.boucle.people.Users;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The committee's votes and the decisions taken on an application, kept for ever. Names come
 * from the people module in one lookup per read, so this module's SQL stays on its own tables.
 */
@Repository
class CommitteeRecord {

    private final JdbcClient jdbc;
    private final Users users;

    CommitteeRecord(JdbcClient jdbc, Users users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    void vote(long applicationId, long voterId, Verdict verdict, String rationale, Instant at) {
        jdbc.sql("insert into committee_votes (application_id, voter_id, vote, rationale, cast_at) values (?, ?, ?, ?, ?)")
                .params(applicationId, voterId, verdict.name(), rationale, Timestamp.from(at)).update();
    }

    void decide(long applicationId, Verdict verdict, @Nullable String level, String rationale, long deciderId, Instant at,
            List<String> addedRounds) {
        jdbc.sql("""
                insert into decisions (application_id, decision, level, rationale, decided_by, decided_at, added_rounds)
                values (?, ?, ?, ?, ?, ?, string_to_array(?, ','))""")
                .params(applicationId, verdict.name(), level, rationale, deciderId, Timestamp.from(at),
                        addedRounds.isEmpty() ? null : String.join(",", addedRounds))
                .update();
    }

    /** Every vote, oldest first; each voter's last one is marked latest (earlier ones are kept as dissent history). */
    List<Vote> votes(long applicationId) {
        record Row(long voter, Verdict vote, String rationale, Instant at, boolean latest) {}
        List<Row> rows = jdbc.sql("""
                select voter_id, vote, rationale, cast_at, id = max(id) over (partition by voter_id) as latest
                from committee_votes where application_id = ? order by id""")
                .param(applicationId).query((rs, n) -> new Row(rs.getLong(1), Verdict.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getBoolean(5))).list();
        Map<Long, String> names = users.names(rows.stream().map(Row::voter).toList());
        return rows.stream().map(r -> new Vote(r.voter(), names.get(r.voter()), r.vote(), r.rationale(), r.at(), r.latest())).toList();
    }

    List<Decision> decisions(long applicationId) {
        record Row(Verdict decision, String level, String rationale, long decidedBy, Instant at, List<String> added) {}
        List<Row> rows = jdbc.sql("""
                select decision, level, rationale, decided_by, decided_at, array_to_string(added_rounds, ',')
                from decisions where application_id = ? order by id""")
                .param(applicationId).query((rs, n) -> new Row(Verdict.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getLong(4), rs.getTimestamp(5).toInstant(),
                        rs.getString(6) == null || rs.getString(6).isEmpty() ? List.of() : List.of(rs.getString(6).split(","))))
                .list();
        Map<Long, String> names = users.names(rows.stream().map(Row::decidedBy).toList());
        return rows.stream().map(r -> new Decision(r.decision(), r.level(), r.rationale(), names.get(r.decidedBy()), r.at(), r.added()))
                .toList();
    }
}
