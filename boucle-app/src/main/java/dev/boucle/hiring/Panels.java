package dev.boucle.hiring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hiring's read API for rounds and their panels, asked in batches by the interviews module (its
 * reminders, its question history, its calibration) and by scheduling (who is booked, who has
 * met a candidate). No access check: callers are modules, which check their own user's rights.
 * Reads join the caller's transaction, so an answer is as current as the caller's own rows.
 */
@Service
@Transactional(readOnly = true)
public class Panels {

    private static final String SELECT = """
            select r.id, r.application_id, a.candidate_id, c.name, r.round_type, r.status, a.status,
                   coalesce(array_agg(p.user_id order by p.user_id) filter (where p.user_id is not null), '{}') as panel
            from rounds r join applications a on a.id = r.application_id join candidates c on c.id = a.candidate_id
            left join round_panel p on p.round_id = r.id""";
    private static final String GROUP = " group by r.id, a.candidate_id, c.name, a.status order by r.id";

    private final JdbcClient jdbc;
    private final Rounds rounds;

    Panels(JdbcClient jdbc, Rounds rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    public Optional<Round> round(RoundId round) {
        return rounds.byId(round.value());
    }

    /** These rounds, by id order; an id with no round is left out. */
    public List<PanelRound> rounds(Collection<RoundId> roundIds) {
        if (roundIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT + " where r.id = any(?)" + GROUP).param(roundIds.stream().map(RoundId::value).distinct().toArray(Long[]::new))
                .query(Panels::map).list();
    }

    /** Every round of every application of this candidate. */
    public List<PanelRound> ofCandidate(CandidateId candidate) {
        return jdbc.sql(SELECT + " where a.candidate_id = ?" + GROUP).param(candidate.value()).query(Panels::map).list();
    }

    /** The ids of this candidate's applications, oldest first. */
    public List<ApplicationId> applicationsOf(CandidateId candidate) {
        return jdbc.sql("select id from applications where candidate_id = ? order by id").param(candidate.value())
                .query((rs, n) -> new ApplicationId(rs.getLong(1))).list();
    }

    private static PanelRound map(ResultSet rs, int n) throws SQLException {
        Long[] panel = (Long[]) rs.getArray("panel").getArray();
        return new PanelRound(new RoundId(rs.getLong(1)), new ApplicationId(rs.getLong(2)), new CandidateId(rs.getLong(3)), rs.getString(4), rs.getString(5),
                Round.Status.valueOf(rs.getString(6)), ApplicationStatus.valueOf(rs.getString(7)), Arrays.asList(panel));
    }
}
