package dev.boucle.platform;

import ch.qos.logback.classic.Level;
import dev.boucle.platform.DatabaseBackup.BackupException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.LoggerFactory;

/**
 * {@code boucle backup FILE} and {@code boucle restore FILE}: the same database settings as the
 * application (BOUCLE_DB_URL, BOUCLE_DB_USER, BOUCLE_DB_PASSWORD, else the embedded PostgreSQL
 * of BOUCLE_DATA_DIR), no Spring. A backup of the embedded database needs Boucle stopped, since
 * one data folder serves one server; against an external database it runs beside the nodes.
 * Errors are one line on stderr and a non-zero exit.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static boolean handles(String[] args) {
        return args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"));
    }

    /** Runs the command; returns the exit code (0 done, 1 failed, 2 misused). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (!handles(args) || args.length != 2) {
            err.println("usage: boucle backup FILE | boucle restore FILE");
            return 2;
        }
        quietLogs();
        Path file = Path.of(args[1]).toAbsolutePath();
        boolean backup = args[0].equals("backup");
        try {
            if (backup && !Files.isDirectory(file.getParent())) throw new BackupException("no such folder: " + file.getParent());
            if (!backup && !Files.isReadable(file)) throw new BackupException("cannot read " + file);
            try (Database db = Database.open(env, backup)) {
                try (Connection c = db.source().getConnection()) {
                    DatabaseBackup.Summary s = backup ? DatabaseBackup.write(c, file) : DatabaseBackup.read(c, db.source(), file);
                    out.printf("boucle: %s %s: schema %s, %d tables, %d rows%n", backup ? "backed up to" : "restored from",
                            file, s.schemaVersion(), s.tables(), s.rows());
                }
            }
            return 0;
        } catch (BackupException e) {
            err.println("boucle " + args[0] + ": " + e.getMessage());
        } catch (SQLException e) {
            err.println("boucle " + args[0] + ": database error: " + firstLine(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            err.println("boucle " + args[0] + ": " + firstLine(String.valueOf(e.getMessage())));
        }
        return 1;
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Without Spring, Logback logs everything at DEBUG; the command speaks for itself. */
    private static void quietLogs() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    /** The database the application would use, opened for the command and closed after it. */
    private record Database(DataSource source, EmbeddedPostgres embedded) implements AutoCloseable {

        static Database open(Map<String, String> env, boolean backup) {
            String url = env.getOrDefault("BOUCLE_DB_URL", "");
            if (!url.isBlank()) {
                PGSimpleDataSource external = new PGSimpleDataSource();
                external.setUrl(url);
                if (!env.getOrDefault("BOUCLE_DB_USER", "").isBlank()) external.setUser(env.get("BOUCLE_DB_USER"));
                if (!env.getOrDefault("BOUCLE_DB_PASSWORD", "").isBlank()) external.setPassword(env.get("BOUCLE_DB_PASSWORD"));
                return new Database(external, null);
            }
            String dataDir = env.getOrDefault("BOUCLE_DATA_DIR", "");
            Path postgres = Path.of(dataDir.isBlank() ? "./data" : dataDir, "postgres").toAbsolutePath().normalize();
            if (running(postgres)) throw new BackupException("the embedded PostgreSQL in " + postgres + " is running: stop Boucle first");
            if (backup && !Files.exists(postgres.resolve("PG_VERSION"))) throw new BackupException("no Boucle data in " + postgres);
            EmbeddedPostgres embedded = DatabaseConfiguration.EmbeddedDatabase.start(postgres);
            return new Database(embedded.getPostgresDatabase(), embedded);
        }

        /** A postmaster.pid left by a server that was killed names a process that is gone. */
        private static boolean running(Path postgres) {
            try {
                var lines = Files.readAllLines(postgres.resolve("postmaster.pid"));
                return !lines.isEmpty() && ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive).orElse(false);
            } catch (IOException | NumberFormatException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (embedded != null) DatabaseConfiguration.EmbeddedDatabase.stop(embedded);
        }
    }
}
