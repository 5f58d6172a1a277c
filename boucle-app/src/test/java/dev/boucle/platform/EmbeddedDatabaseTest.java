package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL keeps its files in the data directory, so a restart keeps every row. */
class EmbeddedDatabaseTest {

    @Test
    @DisplayName("data written before a restart is there after it")
    void restartKeepsData(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgres first = DatabaseConfiguration.EmbeddedDatabase.start(directory);
        try (Connection c = first.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table kept (name text)");
            s.execute("insert into kept values ('Camille')");
        }
        DatabaseConfiguration.EmbeddedDatabase.stop(first);
        assertThat(Files.exists(directory.resolve("PG_VERSION"))).isTrue();

        EmbeddedPostgres second = DatabaseConfiguration.EmbeddedDatabase.start(directory);
        try (Connection c = second.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select name from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Camille");
        } finally {
            DatabaseConfiguration.EmbeddedDatabase.stop(second);
        }
    }

    @Test
    @DisplayName("the embedded server asks for a password kept in a file only its owner can read")
    void passwordAuthentication(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        EmbeddedPostgres postgres = DatabaseConfiguration.EmbeddedDatabase.start(directory);
        try {
            Path secret = DatabaseConfiguration.EmbeddedDatabase.secretFile(directory);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                    .isEqualTo("rw-------");
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(java.sql.SQLException.class);
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "guess").close())
                    .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection c = java.sql.DriverManager.getConnection(url, "postgres", Files.readString(secret).strip())) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            DatabaseConfiguration.EmbeddedDatabase.stop(postgres);
        }
    }

    @Test
    @DisplayName("a data directory made with trust authentication is moved to passwords on its next start")
    void trustIsReplaced(@TempDir Path dataDir) throws Exception {
        Path directory = dataDir.resolve("postgres");
        // What earlier versions made: initdb -A trust, no password.
        EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
        old.close();
        assertThat(PasswordAuthentication.trusting(directory)).isTrue();

        EmbeddedPostgres postgres = DatabaseConfiguration.EmbeddedDatabase.start(directory);
        try {
            assertThat(PasswordAuthentication.trusting(directory)).isFalse();
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThatThrownBy(() -> java.sql.DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(java.sql.SQLException.class);
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                assertThat(c.isValid(2)).isTrue();
            }
        } finally {
            DatabaseConfiguration.EmbeddedDatabase.stop(postgres);
        }
    }

    @Test
    @DisplayName("a JDBC url never reaches the log with its query string")
    void redactsUrls() {
        assertThat(DatabaseConfiguration.redact("jdbc:postgresql://db:5432/boucle?user=u&password=secret"))
                .isEqualTo("jdbc:postgresql://db:5432/boucle?...").doesNotContain("secret");
    }
}
