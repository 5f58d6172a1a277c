package dev.boucle.interviews;

import dev.boucle.hiring.PanelRound;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.RoundId;
import dev.boucle.people.Users;
import dev.boucle.platform.OncePerCluster;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
class ScorecardReminders {

    private final JdbcClient jdbc;
    private final Users users;
    private final InterviewMail mail;
    private final Clock clock;
    private final Duration after;
    private final OncePerCluster cluster;
    private final TransactionTemplate tx;
    private final Panels panels;

    ScorecardReminders(JdbcClient jdbc, Panels panels, Users users, InterviewMail mail, Clock clock,
            @Value("${boucle.scorecards.reminder-after}") Duration after, OncePerCluster cluster, TransactionTemplate tx) {
        this.panels = panels;
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

    /**
     * Sends the reminders due at {@code now}; returns how many. Reads its
     * own unsettled interviews, asks hiring for their rounds and panels in one batch, and settles
     * each interview it has dealt with: every panelist then has a scorecard or a reminder, or
     * the round or the application is closed, so nothing more can fall due until its plan changes.
     */
    @Transactional
    public int sendDue(Instant now) {
        List<Long> ended = jdbc.sql("""
                select round_id from interviews
                where starts_at is not null and not reminders_settled
                  and starts_at + minutes * interval '1 minute' + ? * interval '1 second' <= ?
                order by round_id for update skip locked""")
                .params(after.toSeconds(), Timestamp.from(now)).query(Long.class).list();
        if (ended.isEmpty()) return 0;
        Long[] ids = ended.toArray(Long[]::new);
        Set<String> done = new HashSet<>(jdbc.sql("""
                select round_id || ':' || interviewer_id from scorecards where round_id = any(:ids)
                union select round_id || ':' || user_id from scorecard_reminders where round_id = any(:ids)""")
                .param("ids", ids).query(String.class).list());
        int sent = 0;
        for (PanelRound round : panels.rounds(ended.stream().map(RoundId::new).toList())) {
            if (round.status() != Round.Status.OPEN || round.applicationStatus().closed()) continue;
            for (long user : round.panel()) {
                if (done.contains(round.round() + ":" + user)) continue;
                jdbc.sql("insert into scorecard_reminders (round_id, user_id, sent_at) values (?, ?, ?) on conflict do nothing")
                        .params(round.round().value(), user, Timestamp.from(now)).update();
                users.byId(user).ifPresent(u -> mail.reminder(u, round.candidate().value(), round.candidateName(), round.type(), round.round().value()));
                sent++;
            }
        }
        jdbc.sql("update interviews set reminders_settled = true where round_id = any(?)").param(ids).update();
        return sent;
    }
}
