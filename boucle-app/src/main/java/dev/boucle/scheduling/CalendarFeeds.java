package dev.boucle.scheduling;

import dev.boucle.platform.BadInput;
import dev.boucle.platform.OncePerCluster;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads interviewers' calendar feeds: on a timer for every feed whose copy is older than the
 * refresh period, and at once when someone sets one. Each fetch has timeouts and a size cap,
 * follows at most three redirects (each target checked like the first address) and replaces
 * the feed's busy times only when the whole file was read. Addresses are logged without their
 * path or query, which hold the feed's secret.
 */
@Component
class CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private final InterviewerProfiles profiles;
    private final BusyTimes busy;
    private final SchedulingSettings settings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final OncePerCluster cluster;

    CalendarFeeds(InterviewerProfiles profiles, BusyTimes busy, SchedulingSettings settings, TransactionTemplate tx, Clock clock,
            OncePerCluster cluster) {
        this.cluster = cluster;
        this.profiles = profiles;
        this.busy = busy;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${boucle.scheduling.feed-poll-ms:60000}", initialDelayString = "${boucle.scheduling.feed-poll-ms:60000}")
    void refreshDue() {
        // One node reads the due feeds; two would fetch each feed twice and replace its busy times twice.
        cluster.run("calendar-feeds", () -> {
            for (InterviewerProfiles.Feed feed : profiles.feedsDue(settings.feedRefreshMinutes(), 20)) refresh(feed.userId(), feed.url(), feed.zone());
        });
    }

    /** Reads one feed now; returns how many busy times it holds, or throws what went wrong (recorded too). */
    int refresh(long userId, String url, ZoneId zone) {
        try {
            byte[] body = fetch(FeedAddress.parse(url, settings.feedTrustedHosts()));
            List<TimeSpan> spans = CalendarReader.busy(body, zone, Windows.horizon(clock, settings));
            tx.executeWithoutResult(s -> {
                busy.replace(userId, BusySource.FEED, spans);
                profiles.feedChecked(userId, null);
            });
            return spans.size();
        } catch (BadInput e) {
            profiles.feedChecked(userId, e.messageKey());
            log.info("Calendar feed of user {} at {} not read: {}", userId, FeedAddress.shown(url), e.messageKey());
            throw e;
        }
    }

    private byte[] fetch(FeedAddress address) {
        FeedAddress hop = address;
        for (int hops = 0; hops <= 3; hops++) {
            // Checked and pinned per hop: the socket goes to the address just checked, never to a
            // second answer of the DNS (rebinding), and every redirect target is checked the same way.
            java.net.InetAddress pinned = hop.checkReachable(settings.feedTrustedHosts());
            try {
                PinnedGet.Response response = PinnedGet.get(hop.uri(), pinned, (int) TIMEOUT.toMillis(), CalendarReader.MAX_BYTES);
                int status = response.status();
                String location = response.headers().get("location");
                if (status / 100 == 3 && location != null) {
                    hop = FeedAddress.parse(hop.uri().resolve(location).toString(), settings.feedTrustedHosts());
                    continue;
                }
                if (status != 200) throw new BadInput(java.util.Map.of(FeedAddress.FIELD, "sched.feed.failed"), "sched.feed.status", status);
                byte[] body = response.body();
                if (body.length > CalendarReader.MAX_BYTES) {
                    throw new BadInput(java.util.Map.of(FeedAddress.FIELD, "sched.feed.failed"), "sched.ics.too-large",
                            CalendarReader.MAX_BYTES / 1024 / 1024);
                }
                return body;
            } catch (IOException | IllegalArgumentException e) {
                throw new BadInput(java.util.Map.of(FeedAddress.FIELD, "sched.feed.failed"), "sched.feed.unreachable");
            }
        }
        throw new BadInput(java.util.Map.of(FeedAddress.FIELD, "sched.feed.failed"), "sched.feed.redirects");
    }
}
