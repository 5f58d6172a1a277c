package dev.boucle.interviews;

import dev.boucle.people.Users;
import dev.boucle.platform.OncePerCluster;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds panelists whose scorecard is still missing a while after the interview ended (24 h
 * by default). One reminder per panelist and round; the reminder row and the e-mail are
 * written together, and the query skips rows other hosts are handling.
 */
@Component
public class ScorecardReminders {

    private final JdbcClient jdbc;
    private final Users users;
    private final InterviewMail mail;
    private final Clock clock;
    private final Duration after;
    private final OncePerCluster cluster;
    private final TransactionTemplate tx;

    ScorecardReminders(JdbcClient jdbc, Users users, InterviewMail mail, Clock clock,
            @Value("${boucle.scorecards.reminder-after}") Duration after, OncePerCluster cluster, TransactionTemplate tx) {
        this.cluster = cluster;
        this.tx = tx;
        this.jdbc = jdbc;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
        this.after = after;
    }

    @Scheduled(fixedDelayString = "${boucle.scorecards.reminder-poll-ms}", initialDelayString = "${boucle.scorecards.reminder-poll-ms}")
    public void scheduled() {
        // A call from inside the bean skips its @Transactional proxy: the template gives the one transaction.
        cluster.run("scorecard-reminders", () -> tx.executeWithoutResult(s -> sendDue(clock.instant())));
    }

    /** Sends the reminders due at {@code now}; returns how many. */
    @Transactional
    public int sendDue(Instant now) {
        record Due(long roundId, long userId, String candidate, String roundType) {}
        var due = jdbc.sql("""
                select i.round_id, p.user_id, c.name, r.round_type
                from interviews i join rounds r on r.id = i.round_id join round_panel p on p.round_id = i.round_id
                join applications a on a.id = i.application_id join candidates c on c.id = a.candidate_id
                where i.starts_at is not null and i.starts_at + i.minutes * interval '1 minute' + ? * interval '1 second' <= ?
                  and a.status in ('ACTIVE', 'ON_HOLD') and r.status = 'OPEN'
                  and not exists (select 1 from scorecards s where s.round_id = i.round_id and s.interviewer_id = p.user_id)
                  and not exists (select 1 from scorecard_reminders m where m.round_id = i.round_id and m.user_id = p.user_id)
                for update of i skip locked""")
                .params(after.toSeconds(), Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list();
        for (Due d : due) {
            jdbc.sql("insert into scorecard_reminders (round_id, user_id, sent_at) values (?, ?, ?) on conflict do nothing")
                    .params(d.roundId(), d.userId(), Timestamp.from(now)).update();
            users.byId(d.userId()).ifPresent(u -> mail.reminder(u, d.candidate(), d.roundType(), d.roundId()));
        }
        return due.size();
    }
}
