package dev.boucle.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of Boucle's database, made through the JDBC driver instead of pg_dump.
 * Why: the embedded PostgreSQL (zonky) ships initdb, pg_ctl and postgres but no pg_dump, and a
 * pg_dump older than the server refuses to dump it (Debian 12 has 15, the server is 17). COPY
 * through the driver always speaks the server's own version.
 *
 * <p>The schema is not copied: it is Flyway's, so the backup records the schema version and the
 * restore runs the same migrations up to it, then loads every table's rows (binary COPY, so
 * types round-trip exactly) with triggers off, and sets each sequence where it was. The file is
 * a zip: {@code manifest.properties} and one {@code tables/<name>.copy} per table, all read in one
 * read-only repeatable-read transaction, so the copy is consistent while Boucle keeps running.
 */
final class DatabaseBackup {

    static final String FORMAT = "boucle-backup-1";
    private static final String HISTORY = "flyway_schema_history";

    /** What a backup holds, and how it reached the file. */
    record Summary(String schemaVersion, int tables, long rows) {}

    private DatabaseBackup() {}

    static Summary write(Connection db, Path file) throws SQLException, IOException {
        Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".boucle-backup-", ".part");
        try {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            List<String> tables = tables(db);
            String version = schemaVersion(db);
            Properties manifest = new Properties();
            manifest.setProperty("format", FORMAT);
            manifest.setProperty("schema-version", version);
            manifest.setProperty("server-version", query(db, "show server_version"));
            manifest.setProperty("tables", String.join(",", tables));
            long rows = 0;
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                    rows += copy.copyOut("copy public." + quote(table) + " to stdout (format binary)", uncloseable(zip));
                    zip.closeEntry();
                }
                for (String[] seq : sequences(db)) manifest.setProperty("sequence." + seq[0], seq[1]);
                zip.putNextEntry(new ZipEntry("manifest.properties"));
                manifest.store(uncloseable(zip), "Boucle backup; restore with: boucle restore FILE");
                zip.closeEntry();
            }
            db.commit();
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Summary(version, tables.size(), rows);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * Restores into an empty database: migrates it to the backup's schema version, then loads the
     * rows in one transaction (all or nothing). Needs a superuser (the embedded server's
     * {@code postgres}) to switch triggers off while loading, so append-only and counting
     * triggers neither refuse nor count the rows twice.
     */
    static Summary read(Connection db, javax.sql.DataSource dataSource, Path file) throws SQLException, IOException {
        Properties manifest = manifest(file);
        if (!FORMAT.equals(manifest.getProperty("format"))) throw new BackupException(file + " is not a Boucle backup");
        String version = manifest.getProperty("schema-version");
        if (!tables(db).isEmpty()) {
            throw new BackupException("the target database is not empty: restore into a fresh data folder or database");
        }
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(version).load();
        boolean known = java.util.Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getVersion() != null && m.getVersion().getVersion().equals(version));
        if (!known) {
            throw new BackupException("the backup's schema is at version " + version + ", which this Boucle does not know; "
                    + "restore it with the Boucle that made it or a newer one");
        }
        flyway.migrate();
        db.setAutoCommit(false);
        List<String> tables = new ArrayList<>(List.of(manifest.getProperty("tables").split(",")));
        tables.remove(HISTORY); // Flyway has just written the same history
        long rows = 0;
        try (Statement s = db.createStatement()) {
            s.execute("set local session_replication_role = replica");
            s.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + quote(t)).toList()));
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    String name = e.getName();
                    if (!name.startsWith("tables/") || !name.endsWith(".copy")) continue;
                    String table = name.substring(7, name.length() - 5);
                    if (!tables.contains(table)) continue;
                    rows += copy.copyIn("copy public." + quote(table) + " from stdin (format binary)", uncloseable(zip));
                }
            }
            for (String key : manifest.stringPropertyNames()) {
                if (!key.startsWith("sequence.")) continue;
                String value = manifest.getProperty(key);
                var set = db.prepareStatement("select setval(?::regclass, ?, ?)");
                set.setString(1, "public." + quote(key.substring(9)));
                set.setLong(2, value.isEmpty() ? 1 : Long.parseLong(value));
                set.setBoolean(3, !value.isEmpty());
                set.execute();
            }
            db.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            db.rollback();
            throw e;
        }
        return new Summary(version, tables.size() + 1, rows);
    }

    private static Properties manifest(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("manifest.properties")) {
                    Properties p = new Properties();
                    p.load(new java.io.InputStreamReader(zip, StandardCharsets.ISO_8859_1));
                    return p;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new BackupException(file + " is not a Boucle backup (" + e.getMessage() + ")");
        }
        throw new BackupException(file + " is not a Boucle backup (no manifest)");
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' order by tablename")) {
            while (rs.next()) tables.add(rs.getString(1));
        }
        return tables;
    }

    private static List<String[]> sequences(Connection db) throws SQLException {
        List<String[]> sequences = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "select sequencename, last_value from pg_sequences where schemaname = 'public' order by sequencename")) {
            while (rs.next()) sequences.add(new String[] {rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)});
        }
        return sequences;
    }

    private static String schemaVersion(Connection db) throws SQLException {
        String version = query(db, "select version from " + HISTORY
                + " where success and version is not null order by installed_rank desc limit 1");
        if (version == null) throw new BackupException("the database has no Boucle schema (no Flyway history)");
        return version;
    }

    private static String query(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) throw new BackupException("the database has no Boucle schema (no Flyway history)");
            throw e;
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The zip streams must stay open between entries, whatever the driver does with the stream it is given. */
    private static OutputStream uncloseable(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static InputStream uncloseable(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }

    /** A backup or restore that cannot go on, with a message meant for the person running it. */
    static final class BackupException extends RuntimeException {
        BackupException(String message) {
            super(message);
        }
    }
}
