package dev.boucle.platform;

import java.nio.file.Path;

/**
 * Work that can overlap with Spring's start-up. Starting PostgreSQL takes a second or two of
 * mostly waiting on another process, so main() launches it before building the context.
 */
public final class EarlyStart {

    private EarlyStart() {}

    /** Reads the same environment variables as application.properties; tests never call this. */
    public static void embeddedDatabaseFromEnvironment() {
        String url = System.getenv("BOUCLE_DB_URL");
        if (url != null && !url.isBlank()) return;
        String dataDir = System.getenv().getOrDefault("BOUCLE_DATA_DIR", "./data");
        DatabaseConfiguration.EmbeddedDatabase.startEarly(Path.of(dataDir.isBlank() ? "./data" : dataDir, "postgres"));
    }
}
