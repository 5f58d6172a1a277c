package dev.boucle.pad;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one node accepted reaches every node, itself included, through PostgreSQL's
 * LISTEN/NOTIFY: a notification sent inside the writing transaction goes out at commit and only
 * then, and notifications arrive in commit order, which is the order of the document's versions.
 * Each node listens on one connection of its own (outside the pool) and hands what arrives to its
 * {@link PadHub}. After a lost connection the hub catches up from the tables.
 */
@Component
class PadChannel implements SmartLifecycle {

    static final String NAME = "boucle_pad";
    /** PostgreSQL's limit is 8000 bytes; larger messages go as a pointer and are read from the table. */
    static final int MAX_PAYLOAD = 7000;

    private static final Logger log = LoggerFactory.getLogger(PadChannel.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final PadHub hub;
    private final JsonMapper json;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;

    PadChannel(JdbcClient jdbc, DataSource dataSource, PadHub hub, JsonMapper json) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.hub = hub;
        this.json = json;
    }

    /** Sends a message to every node; inside a transaction, at its commit. */
    void send(ObjectNode message) {
        jdbc.sql("select pg_notify(?, ?)").params(NAME, json.writeValueAsString(message)).query().singleRow();
    }

    static boolean fits(String payload) {
        return payload.length() < MAX_PAYLOAD;
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().name("pad-listen").daemon().start(this::listen);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = thread;
        if (t != null) t.interrupt();
        closeQuietly();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        boolean lost = false;
        while (running) {
            try (Connection c = open()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + NAME);
                }
                if (lost) hub.catchUp();
                lost = false;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = pg.getNotifications(10_000);
                    if (arrived == null) continue;
                    for (PGNotification n : arrived) deliver(n.getParameter());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) return;
                lost = true;
                log.warn("pad channel: {}; listening again in 1 s", e.toString());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    private void deliver(String payload) {
        try {
            hub.deliver((ObjectNode) json.readTree(payload));
        } catch (RuntimeException e) {
            log.warn("pad channel: a message could not be delivered: {}", e.toString());
        }
    }

    private Connection open() throws SQLException {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        Properties props = new Properties();
        if (pool.getUsername() != null) props.setProperty("user", pool.getUsername());
        if (pool.getPassword() != null) props.setProperty("password", pool.getPassword());
        props.setProperty("ApplicationName", "boucle-pad-listen");
        // Keeps a half-open connection from hiding lost notifications for long.
        props.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(pool.getJdbcUrl(), props);
    }

    private void closeQuietly() {
        Connection c = connection;
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // Stopping anyway.
        }
    }
}
