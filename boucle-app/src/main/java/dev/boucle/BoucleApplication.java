package dev.boucle;

import dev.boucle.platform.EarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Boucle: structured technical interview loops, end to end. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BoucleApplication {

    public static void main(String[] args) {
        EarlyStart.embeddedDatabaseFromEnvironment();
        SpringApplication.run(BoucleApplication.class, args);
    }
}
