package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.boucle.Api;
import dev.boucle.BoucleApplication;
import dev.boucle.BoucleIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code boucle backup} of a database filled through the API, {@code boucle restore} into a
 * fresh data folder, and a second Boucle started on that folder that serves the same data.
 */
class BackupRestoreTest extends BoucleIntegrationTest {

    @Autowired
    DataSource dataSource;

    @TempDir
    Path temp;

    record Outcome(int code, String out, String err) {}

    @Test
    @DisplayName("a backup restored into a fresh data folder starts as a Boucle with the same candidates, board and history")
    void backupAndRestore() throws Exception {
        long job = createJob("research-engineer", null);
        String name = unique("Ada Backup");
        long candidate = createCandidate(name);
        long application = apply(candidate, job);
        assertThat(move(application, "advance", null).status()).isEqualTo(200);
        JsonNode before = application(application);
        JsonNode boardBefore = admin().get("/api/v1/jobs/" + job + "/pipeline").json();

        Path file = temp.resolve("boucle.backup");
        Outcome backup = command(Map.of("BOUCLE_DB_URL", ((HikariDataSource) dataSource).getJdbcUrl(), "BOUCLE_DB_USER", "postgres",
                "BOUCLE_DB_PASSWORD", ((HikariDataSource) dataSource).getPassword()),
                "backup", file.toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("backed up to", "rows");

        Path fresh = temp.resolve("fresh-data");
        Outcome restore = command(Map.of("BOUCLE_DATA_DIR", fresh.toString()), "restore", file.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored from");

        // Command-line arguments, as an operator would pass them: they outrank application.properties.
        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(BoucleApplication.class).run(
                "--boucle.data-dir=" + fresh, "--server.port=0", "--boucle.admin-token=" + ADMIN_TOKEN,
                "--boucle.judge.workers=0", "--spring.mail.host=")) {
            int port = ((WebServerApplicationContext) restored).getWebServer().getPort();
            Api api = Api.bearer(port, ADMIN_TOKEN);
            JsonNode after = api.get("/api/v1/applications/" + application).json();
            assertThat(after.toString()).contains(name);
            assertThat(after).isEqualTo(before);
            assertThat(api.get("/api/v1/jobs/" + job + "/pipeline").json()).isEqualTo(boardBefore);
            // Sequences carried over: a new candidate does not collide with a restored one.
            long next = api.post("/api/v1/candidates", Map.of("name", "After", "email", unique("after") + "@example.com"))
                    .json().get("id").asLong();
            assertThat(next).isGreaterThan(candidate);
        }
    }

    @Test
    @DisplayName("a restore refuses a database that is not empty, and bad use is one line on stderr with a non-zero exit")
    void errors() throws Exception {
        Path file = temp.resolve("b.backup");
        Map<String, String> live = Map.of("BOUCLE_DB_URL", ((HikariDataSource) dataSource).getJdbcUrl(), "BOUCLE_DB_USER", "postgres",
                "BOUCLE_DB_PASSWORD", ((HikariDataSource) dataSource).getPassword());
        assertThat(command(live, "backup", file.toString()).code()).isZero();

        Outcome notEmpty = command(live, "restore", file.toString());
        assertThat(notEmpty.code()).isEqualTo(1);
        assertThat(notEmpty.err()).isEqualTo("boucle restore: the target database is not empty: restore into a fresh data folder or database\n");

        Path junk = Files.writeString(temp.resolve("junk.backup"), "not a zip");
        Outcome notBackup = command(Map.of("BOUCLE_DATA_DIR", temp.resolve("other").toString()), "restore", junk.toString());
        assertThat(notBackup.code()).isEqualTo(1);
        assertThat(notBackup.err()).startsWith("boucle restore: ").contains("is not a Boucle backup").hasLineCount(1);

        Outcome missing = command(live, "backup", temp.resolve("no/such/folder/x.backup").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("boucle backup: no such folder").hasLineCount(1);

        Outcome usage = command(live, "backup");
        assertThat(usage.code()).isEqualTo(2);
        assertThat(usage.err()).isEqualTo("usage: boucle backup FILE | boucle restore FILE\n");
    }

    private static Outcome command(Map<String, String> env, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int code = BackupCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
