package dev.boucle.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moves an embedded database created by an earlier Boucle (initdb with trust: any local process
 * could connect as superuser without a password) to password authentication, once.
 */
final class PasswordAuthentication {

    private static final Pattern TRUST = Pattern.compile("\\btrust\\s*$");

    private PasswordAuthentication() {}

    /** Whether pg_hba.conf still lets some connection in without a password. */
    static boolean trusting(Path directory) {
        try {
            return Files.readAllLines(directory.resolve("pg_hba.conf")).stream()
                    .map(String::strip).filter(line -> !line.startsWith("#"))
                    .anyMatch(line -> TRUST.matcher(line).find());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read pg_hba.conf in " + directory, e);
        }
    }

    /** Gives the superuser the secret as password, then asks for it on every connection. */
    static void enable(EmbeddedPostgres postgres, Path directory, String secret) {
        try (Connection c = postgres.getPostgresDatabase().getConnection()) {
            // The password travels as a literal (ALTER ROLE takes no parameters); it is a base64url
            // string, so it cannot close the quotes.
            if (!secret.matches("[A-Za-z0-9_-]+")) throw new IllegalStateException("unexpected characters in the database secret");
            try (Statement s = c.createStatement()) {
                s.execute("set password_encryption = 'scram-sha-256'");
                s.execute("alter role postgres password '" + secret + "'");
            }
            Path hba = directory.resolve("pg_hba.conf");
            List<String> lines = Files.readAllLines(hba).stream()
                    .map(line -> line.strip().startsWith("#") ? line : TRUST.matcher(line).replaceAll("scram-sha-256"))
                    .toList();
            Files.write(hba, lines);
            try (PreparedStatement reload = c.prepareStatement("select pg_reload_conf()")) {
                reload.execute();
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Could not switch the embedded PostgreSQL to password authentication", e);
        }
    }
}
