package dev.boucle.judge.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.config.ConfigException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguageCatalogTest {
    @Test
    void bundledCatalogHasTheThreeLanguagesAsArgvArrays() {
        LanguageCatalog catalog = LanguageCatalog.builtIn();
        assertThat(catalog.all()).extracting(Language::id).containsExactly("cpp", "c", "python", "java");
        Language java = catalog.find("java").orElseThrow();
        assertThat(java.sourceFile()).isEqualTo("Main.java");
        assertThat(java.run()).contains("-Xmx{memoryMb}m");
        assertThat(catalog.find("cpp").orElseThrow().compile().orElseThrow().command()).contains("-O2");
    }

    @Test
    void addingALanguageIsConfigurationOnly() {
        String yaml = """
                defaults: {tmpSizeMb: 8, fileSizeMb: 8, openFiles: 32, maxProcesses: 16, stderrKb: 8}
                languages:
                  - id: sh
                    name: POSIX shell
                    sourceFile: main.sh
                    run: ["/bin/sh", "/src/main.sh"]
                """;
        LanguageCatalog catalog = LanguageCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(catalog.find("sh").orElseThrow().compile()).isEmpty();
    }

    @Test
    void sourceFileCannotBeAPath() {
        String yaml = """
                defaults: {tmpSizeMb: 8, fileSizeMb: 8, openFiles: 32, maxProcesses: 16, stderrKb: 8}
                languages:
                  - {id: x, name: X, sourceFile: ../../etc/x, run: ["/bin/true"]}
                """;
        assertThatThrownBy(() -> LanguageCatalog.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("plain file name");
    }

    @Test
    void templatesFillOnlyKnownPlaceholdersAndStayArgv() {
        CommandTemplate template = new CommandTemplate(Map.of("memoryMb", "256"));
        assertThat(template.expand(List.of("-Xmx{memoryMb}m", "a b; c"))).containsExactly("-Xmx256m", "a b; c");
        assertThatThrownBy(() -> template.expand("{unknown}")).isInstanceOf(IllegalArgumentException.class);
    }
}
