package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.SecondNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two Boucle nodes on one database, as behind a load balancer: node A is the shared test
 * application, node B a second Spring application started here on another random port with
 * A's database as its external PostgreSQL (BOUCLE_DB_URL). Both drain the outbox every 200 ms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest extends BoucleIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Outbox outbox;

    @Autowired
    OncePerCluster cluster;

    ConfigurableApplicationContext nodeB;
    int portB;

    @BeforeAll
    void startSecondNode() {
        nodeB = SecondNode.start(dataSource, 0);
        assertThat(nodeB.getBean(JdbcClient.class).sql("select current_setting('port')").query(String.class).single())
                .as("node B uses node A's database").isEqualTo(jdbc.sql("select current_setting('port')").query(String.class).single());
        portB = SecondNode.port(nodeB);
        assertThat(portB).isNotEqualTo(port);
    }

    @AfterAll
    void stopSecondNode() {
        if (nodeB != null) nodeB.close();
    }

    @Test
    @DisplayName("a recruiter signed in on node A keeps the session on node B, and signing out on B ends it on A")
    void sessionSurvivesAChangeOfNode() {
        Person recruiter = person("RECRUITER");
        long job = createJob("software-engineer", null);
        Api onA = Api.session(port, recruiter.email(), PASSWORD);
        Api onB = onA.on(portB);

        Api.Response board = onB.get("/jobs/" + job);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("data-stage=\"RECRUITER_SCREEN\"");
        // Without the cookie node B asks for a sign-in: the 200 above is the session's doing.
        assertThat(Api.visitor(portB).get("/jobs/" + job).status()).isEqualTo(302);

        assertThat(onB.form("/logout", java.util.Map.of()).status()).isEqualTo(302);
        Api.Response afterLogout = onA.get("/jobs/" + job);
        assertThat(afterLogout.status()).isEqualTo(302);
        assertThat(afterLogout.header("Location")).endsWith("/login");
    }

    @Test
    @DisplayName("mail queued once is sent once while both nodes drain the outbox")
    void outboxSendsEachMailOnceAcrossNodes() throws Exception {
        String run = unique("two-nodes");
        int count = 40;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) addresses.add(run + "-" + i + "@example.com");
        tx.executeWithoutResult(s -> addresses.forEach(to -> outbox.queue(to, "Two nodes " + run, "Sent once.")));

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (unsent(run) > 0 && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(unsent(run)).isZero();
        Thread.sleep(1000); // a second send, if any, would come within a few polls
        for (String to : addresses) assertThat(mailTo(to, 1)).as(to).hasSize(1);
    }

    @Test
    @DisplayName("a scheduled job running on node A is skipped by node B's turn, and runs on B once A is done")
    void aJobRunsOnOneNodeAtATime() throws Exception {
        OncePerCluster clusterB = nodeB.getBean(OncePerCluster.class);
        assertThat(clusterB).isNotSameAs(cluster);
        String job = unique("test.cluster-job");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<Boolean> onA = CompletableFuture.supplyAsync(() -> cluster.run(job, () -> {
            started.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        AtomicInteger ranOnB = new AtomicInteger();
        assertThat(clusterB.run(job, ranOnB::incrementAndGet)).isFalse();
        finish.countDown();
        assertThat(onA.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(clusterB.run(job, ranOnB::incrementAndGet)).isTrue();
        assertThat(ranOnB).hasValue(1);
    }

    private int unsent(String run) {
        return jdbc.sql("select count(*) from mail_outbox where subject = ? and sent_at is null")
                .param("Two nodes " + run).query(Integer.class).single();
    }
}
