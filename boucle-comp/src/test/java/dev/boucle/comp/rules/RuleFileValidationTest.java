package dev.boucle.comp.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.comp.fr.FranceRules;
import dev.boucle.comp.uk.UkRules;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rule files are validated when loaded; errors name the file, the line and the field. */
class RuleFileValidationTest {

    private static final String HEADER = """
            jurisdiction: UK
            incomeYear: 2025
            currency: GBP
            sources:
              law: {title: "A law", url: "https://example.org/law"}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"fr-2024", "fr-2025", "fr-2026", "uk-2024", "uk-2025", "uk-2026", "us-2024", "us-2025", "us-2026",
            "us-ca-2024", "us-ca-2025", "us-ca-2026", "us-ny-2024", "us-ny-2025", "us-ny-2026"})
    void everyShippedFileLoadsAndCitesItsSources(String name) {
        RuleFile file = RuleFileFixtures.load("rules/" + name + ".yaml");
        assertThat(file).isNotNull();
        assertThat(file.sources()).isNotEmpty().allSatisfy((id, s) -> assertThat(s.url()).startsWith("https://"));
        assertThat(String.valueOf(file.incomeYear())).isEqualTo(name.substring(name.length() - 4));
    }

    @Test
    void sectionWithoutSource_isRejectedWithFileLineAndField() {
        String yaml = HEADER + "personalAllowance:\n  amount: 12570\n";
        assertThatThrownBy(() -> RuleFileFixtures.parse("uk-bad.yaml", yaml))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("uk-bad.yaml:6: personalAllowance.source is missing: every figure must cite one of [law]");
    }

    @Test
    void unknownSourceId_isRejected() {
        String yaml = HEADER + "personalAllowance:\n  source: nowhere\n  amount: 12570\n";
        assertThatThrownBy(() -> RuleFileFixtures.parse("uk-bad.yaml", yaml))
                .hasMessage("uk-bad.yaml:7: personalAllowance.source names 'nowhere', which is not declared under sources");
    }

    @Test
    void rateWithoutPercentSign_isRefusedAsAmbiguous() {
        RuleFile file = RuleFileFixtures.parse("uk-bad.yaml", HEADER + """
                personalAllowance:
                  source: law
                  amount: 12570
                  taperThreshold: 100000
                  taperRate: 0.5
                """);
        assertThatThrownBy(() -> UkRules.from(file))
                .isInstanceOf(RuleFileException.class)
                .hasMessage("uk-bad.yaml:10: personalAllowance.taperRate must be a percentage such as '6.9%', found '0.5'");
    }

    @Test
    void misspeltField_isNotSilentlyIgnored() {
        RuleFile file = RuleFileFixtures.parse("uk-bad.yaml", HEADER + """
                personalAllowance:
                  source: law
                  amount: 12570
                  taperThreshold: 100000
                  taperRate: "50%"
                  tapperRate: "50%"
                """);
        assertThatThrownBy(() -> UkRules.from(file)).hasMessage("uk-bad.yaml:11: personalAllowance.tapperRate is not a known field here");
    }

    @Test
    void bandsOutOfOrder_negativeAmounts_andTextForNumbers_areRejected() {
        RuleFile file = RuleFileFixtures.parse("x.yaml", HEADER + """
                s:
                  source: law
                  scale:
                    - {from: 0, rate: "10%"}
                    - {from: 500, rate: "20%"}
                    - {from: 400, rate: "30%"}
                  negative: -5
                  word: twelve
                """);
        Section s = file.section("s");
        assertThatThrownBy(() -> s.scale("scale")).hasMessage("x.yaml:11: s.scale[2].from must be above the previous band's start 500");
        assertThatThrownBy(() -> s.money("negative")).hasMessage("x.yaml:12: s.negative must not be negative, found -5");
        assertThatThrownBy(() -> s.money("word")).hasMessage("x.yaml:13: s.word must be a number, found 'twelve'");
        assertThatThrownBy(() -> s.money("absent")).hasMessageStartingWith("x.yaml:").hasMessageEndingWith(": s.absent is missing");
    }

    @Test
    void brokenYaml_reportsTheLine() {
        assertThatThrownBy(() -> RuleFileFixtures.parse("y.yaml", "a: [1, 2\nb: 3\n"))
                .isInstanceOf(RuleFileException.class)
                .hasMessageStartingWith("y.yaml:");
    }

    @Test
    void missingYearFallsBackToTheLatestEarlierFile_asAnEstimateWithItsReason() {
        RuleLibrary library = new RuleLibrary();
        RuleLibrary.Loaded<FranceRules> loaded = library.load("fr", 2028, FranceRules::from);
        assertThat(loaded.file()).isEqualTo("fr-2026.yaml");
        assertThat(loaded.estimate()).isTrue();
        assertThat(loaded.estimateReasons()).first().asString().contains("no fr rules published for 2028");
    }

    @Test
    void yearsBeforeAnyFile_areRefused() {
        assertThatThrownBy(() -> new RuleLibrary().load("uk", 2010, UkRules::from))
                .isInstanceOf(RuleLibrary.UnknownYearException.class);
    }

    @Test
    void scaleLinesAddUpToTheTax() {
        Scale scale = RuleFileFixtures.parse("x.yaml", HEADER + """
                s:
                  source: law
                  scale:
                    - {from: 0, rate: "10%"}
                    - {from: 1000, rate: "20%"}
                """).section("s").scale("scale");
        List<dev.boucle.comp.api.Line> lines = scale.lines("t", new java.math.BigDecimal("1500"), dev.boucle.comp.api.Line.Kind.INFO);
        assertThat(lines).extracting(dev.boucle.comp.api.Line::amount).map(java.math.BigDecimal::stripTrailingZeros)
                .containsExactly(new java.math.BigDecimal("1E+2"), new java.math.BigDecimal("1E+2"));
        assertThat(scale.tax(new java.math.BigDecimal("1500"))).isEqualByComparingTo("200");
    }
}
