package dev.boucle.comp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The engine stays a plain library: no Spring, features independent of each other, small classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.boucle.comp");

    @Test
    void noSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..").check(CLASSES);
    }

    @Test
    void countriesDoNotDependOnEachOther() {
        slices().matching("dev.boucle.comp.(fr|uk|us)..").should().notDependOnEachOther().check(CLASSES);
    }

    @Test
    void apiAndRulesDependOnNoFeature() {
        noClasses().that().resideInAnyPackage("dev.boucle.comp.api..", "dev.boucle.comp.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.boucle.comp.fr..", "dev.boucle.comp.uk..", "dev.boucle.comp.us..", "dev.boucle.comp.cli..")
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
            throw new java.io.UncheckedIOException(e);
        }
    }
}
