package dev.boucle.coding;

import dev.boucle.coding.Submission.Result;
import dev.boucle.coding.SubmissionQueue.Claim;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This host's judge workers: N threads that claim submissions from the queue and judge them, and
 * one timer that renews the leases of the jobs in hand. Each host names its workers uniquely, so
 * a restarted host never mistakes an old lease for its own. Platform threads, not virtual ones:
 * a worker spends its time blocked on the sandbox's processes.
 */
@Component
class JudgeWorkers implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JudgeWorkers.class);

    private final SubmissionQueue queue;
    private final ProblemBank bank;
    private final JudgeEngine engine;
    private final JudgeProperties properties;
    private final JudgeMetrics metrics;
    private final org.springframework.transaction.support.TransactionTemplate tx;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final String host = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentHashMap<Long, String> inHand = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService renewals;
    private volatile boolean running;

    JudgeWorkers(SubmissionQueue queue, ProblemBank bank, JudgeEngine engine, JudgeProperties properties, JudgeMetrics metrics,
            org.springframework.transaction.support.TransactionTemplate tx,
            org.springframework.context.ApplicationEventPublisher events) {
        this.queue = queue;
        this.tx = tx;
        this.events = events;
        this.metrics = metrics;
        this.bank = bank;
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (running || properties.workers() == 0) return;
        running = true;
        for (int i = 0; i < properties.workers(); i++) {
            String name = host + "/" + i;
            Thread t = Thread.ofPlatform().name("judge-worker-" + i).daemon().unstarted(() -> work(name));
            threads.add(t);
            t.start();
        }
        Duration lease = properties.lease();
        renewals = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("judge-leases").daemon().factory());
        renewals.scheduleWithFixedDelay(this::renewLeases, lease.toMillis() / 3, lease.toMillis() / 3, TimeUnit.MILLISECONDS);
        log.info("{} judge worker(s) started", properties.workers());
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
        if (renewals != null) renewals.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void work(String worker) {
        while (running) {
            try {
                Optional<Claim> claim = queue.claim(worker, properties.lease());
                if (claim.isEmpty()) {
                    queue.awaitArrival(properties.poll());
                    continue;
                }
                judge(worker, claim.get());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database may be away for a moment; the lease brings the job back to the queue.
                log.warn("judge worker {}: {}", worker, e.toString());
                try {
                    Thread.sleep(properties.poll().toMillis());
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void judge(String worker, Claim claim) {
        inHand.put(claim.id(), worker);
        try {
            Result result;
            if (claim.attempt() > properties.maxAttempts()) {
                result = Result.systemError("the judge stopped " + (claim.attempt() - 1)
                        + " times while running this submission; it was not run again");
            } else {
                result = metrics.timed(() -> bank.judgeable(claim.problemId())
                        .map(problem -> engine.judge(problem, claim.language(), claim.source()))
                        .orElseGet(() -> Result.systemError("problem " + claim.problemId() + " is no longer in the bank")));
            }
            store(worker, claim, result);
        } finally {
            inHand.remove(claim.id());
        }
    }

    /**
     * Stores the result and, for a round's submission, tells the live pad in the same transaction
     * (the publication registry keeps the event if the pad's listener fails).
     */
    private void store(String worker, Claim claim, Result result) {
        tx.executeWithoutResult(status -> {
            var finished = queue.finish(claim.id(), worker, result);
            if (finished.isEmpty()) {
                log.info("submission {} was taken over by another worker; result dropped", claim.id());
            } else if (finished.get().roundId() != null) {
                events.publishEvent(judged(claim, finished.get(), result));
            }
        });
    }

    private SubmissionJudged judged(Claim claim, SubmissionQueue.Finished finished, Result result) {
        var problem = bank.find(claim.problemId());
        int samples = 0, samplesPassed = 0, hidden = 0, hiddenPassed = 0;
        for (var test : result.tests()) {
            boolean passed = test.verdict() == dev.boucle.judge.verdict.Verdict.AC;
            if (problem.isPresent() && problem.get().isSample(test.name())) {
                samples++;
                if (passed) samplesPassed++;
            } else {
                hidden++;
                if (passed) hiddenPassed++;
            }
        }
        return new SubmissionJudged(claim.id(), new dev.boucle.hiring.RoundId(finished.roundId()), finished.byCandidate(),
                result.verdict(), samplesPassed, samples, hiddenPassed, hidden, claim.problemId(), claim.language(),
                JudgeEngine.sha256(claim.source()), JudgeEngine.VERSION);
    }

    private void renewLeases() {
        try {
            var byWorker = new java.util.HashMap<String, List<Long>>();
            inHand.forEach((id, worker) -> byWorker.computeIfAbsent(worker, w -> new ArrayList<>()).add(id));
            byWorker.forEach((worker, ids) -> queue.renew(ids, worker, properties.lease()));
        } catch (RuntimeException e) {
            log.warn("judge lease renewal: {}", e.toString());
        }
    }
}
