package dev.boucle.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One DataSource for the whole application: the external PostgreSQL named by BOUCLE_DB_URL,
 * or else an embedded PostgreSQL whose files live in {@code $BOUCLE_DATA_DIR/postgres}, so a
 * restart keeps every candidate. Tests use the same path with a temporary data directory.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    DataSource dataSource(BoucleProperties props) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("boucle");
        // Two cores serve the app; more connections than that only queue inside PostgreSQL.
        hikari.setMaximumPoolSize(10);
        if (props.db().external()) {
            hikari.setJdbcUrl(props.db().url());
            hikari.setUsername(props.db().user());
            hikari.setPassword(props.db().password());
            log.info("Using the external PostgreSQL at {}", redact(props.db().url()));
            return new HikariDataSource(hikari);
        }
        Path directory = props.dataDir().resolve("postgres");
        EmbeddedPostgres postgres = EmbeddedDatabase.start(directory);
        hikari.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        hikari.setUsername("postgres");
        hikari.setPassword(EmbeddedDatabase.secret(directory));
        return new EmbeddedBackedDataSource(hikari, postgres);
    }

    /** A JDBC url may carry a password in its query string; the log never shows one. */
    static String redact(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q) + "?...";
    }

    /** Closes the pool, then stops the embedded server it talks to. */
    static final class EmbeddedBackedDataSource extends HikariDataSource {
        private final EmbeddedPostgres postgres;

        EmbeddedBackedDataSource(HikariConfig config, EmbeddedPostgres postgres) {
            super(config);
            this.postgres = postgres;
        }

        @Override
        public void close() {
            super.close();
            EmbeddedDatabase.stop(postgres);
        }
    }

    /** Starting and stopping the embedded server, kept apart from the pool wiring. */
    static final class EmbeddedDatabase {
        private static final java.util.Map<Path, java.util.concurrent.CompletableFuture<EmbeddedPostgres>> EARLY =
                new java.util.concurrent.ConcurrentHashMap<>();

        private EmbeddedDatabase() {}

        /** Starts the server on another thread while Spring builds the context; start() picks it up. */
        static void startEarly(Path directory) {
            Path key = directory.toAbsolutePath().normalize();
            EARLY.computeIfAbsent(key, k -> java.util.concurrent.CompletableFuture.supplyAsync(() -> launch(k)));
        }

        static EmbeddedPostgres start(Path directory) {
            var early = EARLY.remove(directory.toAbsolutePath().normalize());
            if (early != null) {
                try {
                    return early.join();
                } catch (java.util.concurrent.CompletionException e) {
                    log.warn("The early start of the embedded PostgreSQL failed ({}); trying again", e.getCause().getMessage());
                }
            }
            return launch(directory);
        }

        private static EmbeddedPostgres launch(Path directory) {
            try {
                Files.createDirectories(directory);
                boolean existing = Files.exists(directory.resolve("PG_VERSION"));
                log.info("{} embedded PostgreSQL in {}", existing ? "Reopening" : "Creating", directory.toAbsolutePath());
                Path secretFile = secretFile(directory);
                String secret = secret(directory);
                boolean trusting = existing && PasswordAuthentication.trusting(directory);
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        // initdb takes the superuser's password from the secret file and asks for it
                        // on every connection, local or TCP, from the very first start: no window in
                        // which any local process could connect as superuser.
                        .setLocaleConfig("pwfile", secretFile.toString())
                        .setLocaleConfig("auth-host", "scram-sha-256")
                        .setLocaleConfig("auth-local", "scram-sha-256")
                        .setConnectConfig("password", secret)
                        .setServerConfig("max_connections", "60")
                        .setServerConfig("shared_buffers", "128MB")
                        .setServerConfig("fsync", "on")
                        // Many small queries at once on a few cores: a parallel plan forks worker
                        // processes for each, which at this size costs more than it saves (seen in
                        // the analytics bench at 10,000 applications, docs/benchmarks.md).
                        .setServerConfig("max_parallel_workers_per_gather", "0")
                        .start();
                // A data directory made before passwords (trust for every local connection) is
                // moved to password authentication on its first start with this version.
                if (trusting) PasswordAuthentication.enable(postgres, directory, secret);
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
            }
        }

        /** The superuser's password, beside the database files, readable by Boucle's user only. */
        static String secret(Path directory) {
            Path file = secretFile(directory);
            try {
                if (!Files.exists(file)) {
                    var owner = java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");
                    Path fresh = Files.createFile(directory.resolveSibling(file.getFileName() + ".new"),
                            java.nio.file.attribute.PosixFilePermissions.asFileAttribute(owner));
                    Files.writeString(fresh, Secrets.random() + "\n");
                    Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                return Files.readString(file).strip();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read or create the database secret " + file, e);
            }
        }

        static Path secretFile(Path directory) {
            return directory.toAbsolutePath().normalize().resolveSibling("postgres.secret");
        }

        static void stop(EmbeddedPostgres postgres) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
