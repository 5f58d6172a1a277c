package dev.boucle.judge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    private static final JavaClasses JUDGE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.boucle.judge");

    @Test
    void theEngineDoesNotDependOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(JUDGE);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.boucle.judge.(*)..").should().beFreeOfCycles().check(JUDGE);
    }

    @Test
    void theSandboxKnowsNothingOfProblemsOrVerdicts() {
        noClasses().that().resideInAPackage("..sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("..problem..", "..verdict..", "..engine..", "..checker..")
                .check(JUDGE);
    }

    @Test
    void classesStaySmall() throws Exception {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            List<String> large = sources.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > 300)
                    .map(Path::toString)
                    .toList();
            assertThat(large).as("source files over 300 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
