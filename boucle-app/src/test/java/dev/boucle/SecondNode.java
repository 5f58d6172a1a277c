package dev.boucle;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another Boucle node on the test application's database, as behind a load balancer: its own
 * Spring application on its own port, with the shared PostgreSQL as its external database.
 */
public final class SecondNode {

    private SecondNode() {}

    /** Starts a node on this port (0: any free one), with these extra properties ({@code name=value}). */
    public static ConfigurableApplicationContext start(DataSource shared, int port, String... extra) {
        HikariDataSource a = (HikariDataSource) shared;
        List<String> properties = new ArrayList<>(List.of(
                "server.port=" + port,
                "boucle.db.url=" + a.getJdbcUrl(),
                "boucle.db.user=" + a.getUsername(),
                "boucle.data-dir=" + tempDir(),
                "boucle.admin-token=" + BoucleIntegrationTest.ADMIN_TOKEN, "boucle.demo=false",
                "spring.mail.host=127.0.0.1", "spring.mail.port=" + BoucleIntegrationTest.MAIL.getSmtp().getPort(),
                "boucle.mail.poll-ms=200", "boucle.judge.workers=0"));
        if (a.getPassword() != null) properties.add("boucle.db.password=" + a.getPassword());
        properties.addAll(List.of(extra));
        // As command-line arguments: they outrank application.properties (builder properties would not).
        return new SpringApplicationBuilder(BoucleApplication.class).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** A port free at the time of asking, for a node that must come back on the same address. */
    public static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("boucle-node-").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
