package dev.boucle.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings read from the environment (see application.properties for the BOUCLE_* names).
 *
 * @param dataDir    where Boucle keeps its files, including the embedded database
 * @param db         an external PostgreSQL; when its url is blank the embedded one runs
 * @param demo       load the demo company, its users and candidates, into an empty database
 * @param adminToken a bearer token that carries the admin role, for automation and bootstrap
 * @param processFile a process YAML that replaces the shipped one at start, when set
 */
@ConfigurationProperties("boucle")
public record BoucleProperties(Path dataDir, Db db, boolean demo, String adminToken, String processFile) {

    public BoucleProperties {
        if (dataDir == null) dataDir = Path.of("data");
        if (db == null) db = new Db(null, null, null);
    }

    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
