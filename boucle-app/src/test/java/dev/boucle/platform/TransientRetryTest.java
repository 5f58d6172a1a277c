package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.BoucleIntegrationTest;
import dev.boucle.hiring.MovingApplications;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A real deadlock in PostgreSQL: two transactions lock two rows in opposite orders, the server
 * aborts one, and the retry runs that whole transaction again, so both calls succeed. The
 * proxy carries the same advisors, in the same order, as the application's own services.
 */
class TransientRetryTest extends BoucleIntegrationTest {

    @Autowired
    MovingApplications moving;

    @Autowired
    JdbcClient jdbc;

    /** Locks two job rows in the order given, after both callers hold their first lock. */
    public static class Crossing {
        final JdbcClient jdbc;
        final CountDownLatch bothHoldOne = new CountDownLatch(2);
        final AtomicInteger runs = new AtomicInteger();

        public Crossing(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Transactional
        public void lock(long first, long second) throws InterruptedException {
            runs.incrementAndGet();
            jdbc.sql("select id from jobs where id = ? for update").param(first).query(Long.class).single();
            bothHoldOne.countDown();
            bothHoldOne.await(10, TimeUnit.SECONDS); // at once on the second run: the latch is open
            jdbc.sql("select id from jobs where id = ? for update").param(second).query(Long.class).single();
        }

        @Transactional
        public void alwaysDeadlocked() {
            runs.incrementAndGet();
            jdbc.sql("do $$ begin raise exception 'staged' using errcode = '40P01'; end $$").update();
        }
    }

    /** A proxy of the target (its own fields stay on the target, not the proxy). */
    private Crossing proxied(Crossing target) {
        ProxyFactory factory = new ProxyFactory(target);
        factory.setProxyTargetClass(true);
        factory.addAdvisors(((Advised) moving).getAdvisors());
        return (Crossing) factory.getProxy();
    }

    @Test
    @DisplayName("the services' proxies retry outside their transaction")
    void retryWrapsTheTransaction() {
        var advisors = java.util.Arrays.asList(((Advised) moving).getAdvisors());
        int retry = -1, transaction = -1;
        for (int i = 0; i < advisors.size(); i++) {
            if (advisors.get(i) instanceof TransientRetry.Advisor) retry = i;
            if (advisors.get(i).getAdvice() instanceof org.springframework.transaction.interceptor.TransactionInterceptor) transaction = i;
        }
        assertThat(retry).isNotNegative();
        assertThat(transaction).isGreaterThan(retry);
    }

    @Test
    @DisplayName("a deadlock between two transactions is retried once, and both succeed")
    void deadlockRetried() throws Exception {
        long a = createJob("software-engineer", null);
        long b = createJob("software-engineer", null);
        Crossing target = new Crossing(jdbc);
        Crossing crossing = proxied(target);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> one = pool.submit(() -> { crossing.lock(a, b); return null; });
            Future<?> two = pool.submit(() -> { crossing.lock(b, a); return null; });
            one.get(30, TimeUnit.SECONDS);
            two.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdown();
        }
        // Two calls, one of which PostgreSQL aborted and the retry ran again.
        assertThat(target.runs).hasValue(3);
    }

    @Test
    @DisplayName("a transaction aborted twice is a TransientFailure, after exactly one retry")
    void secondFailureIsTransient() {
        Crossing target = new Crossing(jdbc);
        Crossing crossing = proxied(target);
        assertThatThrownBy(crossing::alwaysDeadlocked).isInstanceOf(TransientRetry.TransientFailure.class)
                .hasCauseInstanceOf(DataAccessException.class);
        assertThat(target.runs).hasValue(2);
    }
}
