package dev.boucle.interviews;

import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.Round;
import dev.boucle.interviews.questions.Question;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Users;
import dev.boucle.platform.BoucleProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The interviews of the demo company: after the hiring demo has walked its candidates, every
 * round it marked done gets the scorecard that would have closed it, from a seeded model with
 * a known leniency per interviewer (so the calibration page has something true to find), and
 * the open rounds get a plan.
 */
@Component
@Order(20)
class InterviewsDemo implements ApplicationRunner {

    private final BoucleProperties props;
    private final Users users;
    private final QuestionBank bank;
    private final Rubrics rubrics;
    private final InterviewPlanning planning;
    private final Interviews interviews;
    private final ScorecardStore store;
    private final JdbcClient jdbc;
    private final ApplicationIndex index;
    private final TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;

    InterviewsDemo(BoucleProperties props, Users users, QuestionBank bank, Rubrics rubrics, InterviewPlanning planning,
            Interviews interviews, ScorecardStore store, JdbcClient jdbc, ApplicationIndex index, TransactionTemplate tx,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.props = props;
        this.users = users;
        this.bank = bank;
        this.rubrics = rubrics;
        this.planning = planning;
        this.interviews = interviews;
        this.store = store;
        this.jdbc = jdbc;
        this.index = index;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        bank.seedIfEmpty();
        if (!props.demo() || jdbc.sql("select exists(select 1 from interviews)").query(Boolean.class).single()) return;
        CurrentUser admin = users.byEmail("admin@boucle.test").orElse(null);
        if (admin == null) return;
        tx.executeWithoutResult(status -> load(admin));
    }

    private void load(CurrentUser admin) {
        Random random = new Random(7);
        Map<Long, Double> leniency = new LinkedHashMap<>();
        List<Long> apps = index.all().stream().map(ApplicationId::value).toList();
        // One onsite is left for its candidate to book from their portal (the demo prints their link).
        Long selfService = index.at(StageKind.ONSITE_LOOP, ApplicationStatus.ACTIVE).stream().map(p -> p.application().value())
                .findFirst().orElse(null);
        for (long appId : apps) {
            double ability = 2.6 + random.nextGaussian() * 0.5;
            for (Interview i : planning.of(appId, admin)) {
                if (!i.stage().gated()) continue;
                if (Long.valueOf(appId).equals(selfService) && i.stage() == StageKind.ONSITE_LOOP && i.roundStatus() == Round.Status.OPEN) continue;
                List<Question> options = bank.latest(i.roundType()).stream().filter(q -> !q.retired()).toList();
                Question q = options.isEmpty() ? null : options.get((int) (appId % options.size()));
                Instant start = Instant.now().minus(Duration.ofDays(2 + random.nextInt(20))).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
                Interviews.Row row = interviews.byId(i.id()).orElseThrow();
                interviews.update(new Interviews.Row(i.id(), appId, i.roundStatus() == Round.Status.OPEN ? start.plus(Duration.ofDays(25)) : start,
                        row.minutes(), random.nextBoolean() ? Interview.Mode.ONSITE : Interview.Mode.VIRTUAL, random.nextInt(5) == 0 ? "fr" : "en",
                        row.aiPolicy(), q == null ? null : q.id(), q == null ? null : q.version()), admin.id());
                // The demo writes the plan and the scorecards directly, so it says so as the real paths
                // do: analytics (interviewer load, latency, question exposure) keeps its facts from these.
                Instant planned = i.roundStatus() == Round.Status.OPEN ? start.plus(Duration.ofDays(25)) : start;
                List<Long> panel = i.panel().stream().map(Interview.Panelist::id).toList();
                if (!panel.isEmpty()) {
                    events.publishEvent(new InterviewPlanned(new dev.boucle.hiring.RoundId(i.id()), new dev.boucle.hiring.ApplicationId(appId),
                            planned, row.minutes(), panel, true, Instant.now()));
                }
                if (i.roundStatus() != Round.Status.DONE) continue;
                Rubric rubric = rubrics.of(i.roundType()).orElseThrow();
                for (Interview.Panelist p : i.panel()) {
                    double bias = leniency.computeIfAbsent(p.id(), id -> (random.nextDouble() - 0.5) * 1.0);
                    Map<String, Integer> ratings = new LinkedHashMap<>();
                    Map<String, String> evidence = new LinkedHashMap<>();
                    for (String key : rubric.keys()) {
                        ratings.put(key, (int) Math.max(1, Math.min(4, Math.round(ability + bias + random.nextGaussian() * 0.4))));
                        evidence.put(key, "Demo evidence: what the interviewer observed for " + key + ".");
                    }
                    double mean = ratings.values().stream().mapToInt(Integer::intValue).average().orElse(2.5);
                    Scorecard.Recommendation rec = mean >= 3.5 ? Scorecard.Recommendation.STRONG_YES : mean >= 2.75
                            ? Scorecard.Recommendation.YES : mean >= 2 ? Scorecard.Recommendation.NO : Scorecard.Recommendation.STRONG_NO;
                    store.insert(i.id(), appId, p.id(), ratings, evidence, rec, null, i.aiPolicy(), q == null ? null : q.id(),
                            q == null ? null : q.version(), start.plus(Duration.ofHours(3)), null);
                    events.publishEvent(new ScorecardSubmitted(new dev.boucle.hiring.RoundId(i.id()), new dev.boucle.hiring.ApplicationId(appId),
                            new dev.boucle.people.UserId(p.id()), false, start.plus(Duration.ofHours(3)), q == null ? null : q.id()));
                }
            }
        }
    }
}
