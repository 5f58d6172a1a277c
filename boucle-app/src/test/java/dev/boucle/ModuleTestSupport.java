package dev.boucle;

import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * What every {@code @ApplicationModuleTest} shares: no demo data (the demo loaders read across
 * modules), a bootstrap admin token, a data directory of its own, and a context closed after the
 * class rather than kept for the JVM's lifetime (each module test bootstraps a different set of beans).
 */
@DirtiesContext
@TestPropertySource(properties = {"boucle.admin-token=module-test-token-0123456789", "boucle.demo=false"})
public abstract class ModuleTestSupport {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("boucle-module-test");
        registry.add("boucle.data-dir", data::toString);
    }
}
