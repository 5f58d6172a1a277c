package dev.boucle;

import dev.boucle.platform.BackupCommand;
import dev.boucle.platform.EarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boucle: structured technical interview loops, end to end. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BoucleApplication {

    public static void main(String[] args) {
        // `boucle backup FILE` / `boucle restore FILE` run without Spring and exit.
        if (BackupCommand.handles(args)) System.exit(BackupCommand.run(args, System.getenv(), System.out, System.err));
        EarlyStart.embeddedDatabaseFromEnvironment();
        SpringApplication.run(BoucleApplication.class, args);
    }
}
