package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.BoucleIntegrationTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job guarded by {@link OncePerCluster} runs in one place at a time. The lock lives in
 * PostgreSQL, so a second caller on its own connection stands for another node.
 */
class OncePerClusterTest extends BoucleIntegrationTest {

    @Autowired
    OncePerCluster cluster;

    @Test
    @DisplayName("while one node runs a job, another node's turn skips it; once it ends, the next turn runs")
    void secondRunnerSkipsWhileTheFirstHoldsTheJob() throws Exception {
        String job = unique("test.job");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> cluster.run(job, () -> {
            started.countDown();
            await(finish);
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ranHere = new AtomicInteger();
        assertThat(cluster.run(job, ranHere::incrementAndGet)).isFalse();
        assertThat(ranHere).hasValue(0);
        // Another job name is another lock: it runs meanwhile.
        assertThat(cluster.run(job + ".other", ranHere::incrementAndGet)).isTrue();
        assertThat(ranHere).hasValue(1);

        finish.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(cluster.run(job, ranHere::incrementAndGet)).isTrue();
        assertThat(ranHere).hasValue(2);
    }

    @Test
    @DisplayName("a job that fails frees its lock: the failure reaches the caller and the next turn runs")
    void aFailingJobFreesTheLock() {
        String job = unique("test.failing");
        assertThatThrownBy(() -> cluster.run(job, () -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        AtomicInteger ran = new AtomicInteger();
        assertThat(cluster.run(job, ran::incrementAndGet)).isTrue();
        assertThat(ran).hasValue(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
