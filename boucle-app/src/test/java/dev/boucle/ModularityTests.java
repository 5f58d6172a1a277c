package dev.boucle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map holds: modules use only each other's public API, with no cycles; and the
 * module documentation in docs/modules is the one the code gives today.
 */
class ModularityTests {

    /** The engines (judge, comp, scheduler) share the dev.boucle root but are libraries the modules use, not modules. */
    static final ApplicationModules MODULES = ApplicationModules.of(BoucleApplication.class,
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                    "dev.boucle.judge..", "dev.boucle.comp..", "dev.boucle.scheduler.."));

    static final Path GENERATED = Path.of("target/spring-modulith-docs");
    static final Path COMMITTED = Path.of("../docs/modules");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The Documenter's diagrams (the module graph, one per module) and canvases (components,
     * bean references, events published and listened to) are written on every build, and the
     * committed copy must match the diagrams: a change of the module graph updates the docs in
     * the same commit. {@code -Dboucle.module-docs=write} refreshes the committed copy.
     */
    @Test
    void theCommittedModuleDocumentationIsTheCodesOwn() throws IOException {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        List<Path> written;
        try (Stream<Path> files = Files.list(GENERATED)) {
            written = files.filter(f -> f.toString().endsWith(".puml") || f.toString().endsWith(".adoc")).sorted().toList();
        }
        assertThat(written).isNotEmpty();
        if ("write".equals(System.getProperty("boucle.module-docs"))) {
            Files.createDirectories(COMMITTED);
            for (Path f : written) Files.copy(f, COMMITTED.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Path f : written) {
            if (!f.toString().endsWith(".puml")) continue;
            Path committed = COMMITTED.resolve(f.getFileName());
            assertThat(committed).as("docs/modules/%s (refresh: ./mvnw -pl boucle-app verify -Dtest=ModularityTests "
                    + "-Dboucle.module-docs=write)", f.getFileName()).exists();
            // Relations come out in no fixed order: compare the diagrams as sets of lines.
            assertThat(Files.readAllLines(committed)).as("docs/modules/%s is stale (refresh: ./mvnw -pl boucle-app verify "
                    + "-Dtest=ModularityTests -Dboucle.module-docs=write)", f.getFileName())
                    .containsExactlyInAnyOrderElementsOf(Files.readAllLines(f));
        }
    }
}
