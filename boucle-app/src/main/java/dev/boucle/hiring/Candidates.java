package dev.boucle.hiring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The candidates table. */
@Repository
class Candidates {

    private static final String SELECT = "select id, name, email, phone, location, source, created_at from candidates";
    private final JdbcClient jdbc;

    Candidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CandidateIntake.NewCandidate c, long actorId) {
        return jdbc.sql("""
                insert into candidates (name, email, phone, location, source, created_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(c.name(), c.email(), c.phone(), c.location(), c.source(), actorId).query(Long.class).single();
    }

    /** The corrected name, address, phone and location (the source is the team's, not the candidate's). */
    void update(long id, CandidateIntake.NewCandidate c) {
        jdbc.sql("update candidates set name = ?, email = ?, phone = ?, location = ? where id = ?")
                .params(c.name(), c.email(), c.phone(), c.location(), id).update();
    }

    Optional<Candidate> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(Candidates::map).optional();
    }

    /** The candidate, its row share-locked until the transaction ends (no erasure meanwhile). */
    Optional<Candidate> byIdShared(long id) {
        return jdbc.sql(SELECT + " where id = ? for share").param(id).query(Candidates::map).optional();
    }

    Optional<Candidate> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(email) = lower(?)").param(email).query(Candidates::map).optional();
    }

    /** Case-insensitive; the unique index on lower(email) backs this up under concurrency. */
    Set<String> existingEmails(Collection<String> emails) {
        if (emails.isEmpty()) return Set.of();
        return Set.copyOf(jdbc.sql("select lower(email) from candidates where lower(email) in (:emails)")
                .param("emails", emails.stream().map(String::toLowerCase).toList()).query(String.class).list());
    }

    /** A page of candidates, optionally those whose name or e-mail starts with {@code query}. */
    List<Candidate> search(String query, int limit, int offset) {
        if (query == null || query.isBlank()) {
            return jdbc.sql(SELECT + " order by created_at desc, id desc limit ? offset ?").params(limit, offset)
                    .query(Candidates::map).list();
        }
        String prefix = query.strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT + " where lower(name) like :p or lower(email) like :p order by name limit :l offset :o")
                .param("p", prefix).param("l", limit).param("o", offset).query(Candidates::map).list();
    }

    static Candidate map(ResultSet rs, int row) throws SQLException {
        return new Candidate(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getString("location"), rs.getString("source"), rs.getTimestamp("created_at").toInstant());
    }
}
