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
    private final String host = ManagementFactory.getRuntimeMXBean().getName() + "-" + UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentHashMap<Long, String> inHand = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private ScheduledExecutorService renewals;
    private volatile boolean running;

    JudgeWorkers(SubmissionQueue queue, ProblemBank bank, JudgeEngine engine, JudgeProperties properties, JudgeMetrics metrics) {
        this.queue = queue;
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
                result = metrics.timed(() -> bank.find(claim.problemId())
                        .map(problem -> engine.judge(problem, claim.language(), claim.source()))
                        .orElseGet(() -> Result.systemError("problem " + claim.problemId() + " is no longer in the bank")));
            }
            if (!queue.finish(claim.id(), worker, result)) {
                log.info("submission {} was taken over by another worker; result dropped", claim.id());
            }
        } finally {
            inHand.remove(claim.id());
        }
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
