package dev.boucle.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays a plain library: no Spring, the model knows no solver or front, small classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.boucle.scheduler");

    @Test
    void noSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }

    @Test
    void theModelKnowsNoSolverGreedyBenchOrCli() {
        noClasses().that().resideInAPackage("dev.boucle.scheduler.model..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.boucle.scheduler.solver..",
                        "dev.boucle.scheduler.greedy..", "dev.boucle.scheduler.bench..", "dev.boucle.scheduler.cli..")
                .check(CLASSES);
    }

    @Test
    void theLibraryDoesNotDependOnTheCliOrTheBench() {
        noClasses().that().resideInAnyPackage("dev.boucle.scheduler", "dev.boucle.scheduler.model..",
                        "dev.boucle.scheduler.solver..", "dev.boucle.scheduler.greedy..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.boucle.scheduler.cli..", "dev.boucle.scheduler.bench..")
                .check(CLASSES);
    }

    @Test
    void noSourceFileOver300Lines() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> tooLong = files.filter(p -> p.toString().endsWith(".java")).filter(p -> lines(p) > 300).map(Path::toString).toList();
            assertThat(tooLong).isEmpty();
        }
    }

    private static long lines(Path path) {
        try {
            return Files.readAllLines(path).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
