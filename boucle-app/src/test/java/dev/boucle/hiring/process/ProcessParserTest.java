package dev.boucle.hiring.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.platform.DataFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProcessParserTest {

    static String shipped() {
        try (InputStream in = ProcessParserTest.class.getResourceAsStream("/processes/default.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static DataFileException refusal(String yaml) {
        try {
            ProcessParser.parse("company.yaml", yaml);
        } catch (DataFileException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    static int lineOf(String yaml, String fragment) {
        int index = yaml.indexOf(fragment);
        assertThat(index).as("fragment in file").isNotNegative();
        return (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    @DisplayName("the shipped process has the four tracks, the six stages and the round counts of the loop")
    void shippedProcess() {
        HiringProcess process = ProcessParser.parse("default.yaml", shipped());
        assertThat(process.tracks()).extracting(Track::key)
                .containsExactly("research-scientist", "research-engineer", "software-engineer", "solutions-engineer");
        assertThat(process.offices()).extracting(Office::key).containsExactly("paris", "london", "new-york", "san-francisco");
        assertThat(process.office("london").orElseThrow().zone().getId()).isEqualTo("Europe/London");
        assertThat(process.office("san-francisco").orElseThrow().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(process.atRiskWeeks()).isEqualTo(5);
        assertThat(process.overdueWeeks()).isEqualTo(8);
        for (Track track : process.tracks()) {
            assertThat(track.stageKinds()).containsExactly(StageKind.values());
            assertThat(track.stage(StageKind.PHONE_SCREEN).rounds()).hasSizeBetween(1, 2);
            assertThat(track.stage(StageKind.ONSITE_LOOP).rounds()).hasSizeBetween(4, 6);
            assertThat(track.stage(StageKind.ONSITE_LOOP).rounds()).extracting(RoundTemplate::type).contains("BEHAVIORAL");
        }
        assertThat(process.track("research-scientist").orElseThrow().stage(StageKind.ONSITE_LOOP).rounds())
                .extracting(RoundTemplate::type).contains("PAPER_DISCUSSION", "ML_CODING", "MATH_FUNDAMENTALS", "RESEARCH_FRAMING");
        assertThat(process.track("software-engineer").orElseThrow().stage(StageKind.ONSITE_LOOP).rounds())
                .extracting(RoundTemplate::type).contains("SYSTEMS_CODING", "SYSTEM_DESIGN");
        assertThat(process.track("solutions-engineer").orElseThrow().stage(StageKind.ONSITE_LOOP).rounds())
                .extracting(RoundTemplate::type).contains("INTEGRATION_DESIGN", "APPLIED_DESIGN");
    }

    @Test
    @DisplayName("an unknown field is refused with the file, its line and its path")
    void unknownField() {
        String yaml = shipped().replace("    zone: Europe/London", "    zone: Europe/London\n    timezone: Europe/London");
        DataFileException e = refusal(yaml);
        assertThat(e.file()).isEqualTo("company.yaml");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "    timezone:"));
        assertThat(e.field()).isEqualTo("offices[1].timezone");
        assertThat(e.getMessage()).startsWith("company.yaml, line " + e.line() + ", field offices[1].timezone: unknown field");
        assertThat(e.describe(Locale.FRENCH)).contains("ligne " + e.line()).contains("champ inconnu");
    }

    @Test
    @DisplayName("a misspelt stage kind names the allowed kinds")
    void badStageKind() {
        String yaml = shipped().replaceFirst("kind: ONSITE_LOOP", "kind: ONSITE");
        DataFileException e = refusal(yaml);
        assertThat(e.field()).isEqualTo("tracks[0].stages[3].kind");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "kind: ONSITE\n"));
        assertThat(e.getMessage()).contains("\"ONSITE\" is not one of").contains("ONSITE_LOOP");
    }

    @Test
    @DisplayName("stages out of order are refused")
    void stageOrder() {
        String yaml = shipped().replaceFirst("kind: PHONE_SCREEN", "kind: RECRUITER_SCREEN");
        assertThat(refusal(yaml).reasonKey()).isEqualTo("process.error.stage-order");
    }

    @Test
    @DisplayName("an onsite loop with fewer than four rounds is refused with the count found")
    void onsiteRoundCount() {
        String yaml = """
                version: 1
                name: {en: Tiny, fr: Minuscule}
                targetWeeks: {atRisk: 5, overdue: 8}
                levels: [{key: L5, name: {en: Senior, fr: Senior}}]
                offices: [{key: paris, name: {en: Paris, fr: Paris}, zone: Europe/Paris, currency: EUR, region: EU}]
                roundTypes:
                  - {key: CODING, name: {en: Coding, fr: Code}, purpose: {en: x, fr: x}, defaultAiPolicy: CALIBRATED}
                tracks:
                  - key: swe
                    name: {en: SWE, fr: SWE}
                    summary: {en: s, fr: s}
                    expectations: [{en: e, fr: e}]
                    stages:
                      - kind: ONSITE_LOOP
                        rounds:
                          - {type: CODING, minutes: 60}
                      - kind: FINAL_REVIEW
                      - kind: OFFER
                """;
        DataFileException e = refusal(yaml);
        assertThat(e.field()).isEqualTo("tracks[0].stages[0].rounds");
        assertThat(e.line()).isEqualTo(lineOf(yaml, "- {type: CODING"));
        assertThat(e.getMessage()).contains("ONSITE_LOOP needs 4 to 6 rounds, found 1");
    }

    @Test
    @DisplayName("a round type that is not in the catalogue is refused")
    void unknownRoundType() {
        String yaml = shipped().replaceFirst("type: BEHAVIORAL", "type: BEHAVIOURAL");
        DataFileException e = refusal(yaml);
        assertThat(e.reasonKey()).isEqualTo("process.error.round-type");
        assertThat(e.field()).endsWith(".type");
    }

    @Test
    @DisplayName("a text without its French version is refused")
    void missingFrench() {
        String yaml = shipped().replace("name: {en: \"Engineer\", fr: \"Ingénieur\"}", "name: {en: \"Engineer\"}");
        DataFileException e = refusal(yaml);
        assertThat(e.field()).isEqualTo("levels[0].name.fr");
        assertThat(e.reasonKey()).isEqualTo("data.error.missing");
    }

    @Test
    @DisplayName("bad zone, bad currency and round lengths off the 15-minute grain are refused")
    void badValues() {
        assertThat(refusal(shipped().replace("zone: Europe/Paris", "zone: Europe/Lutece")).reasonKey()).isEqualTo("process.error.zone");
        assertThat(refusal(shipped().replace("currency: EUR", "currency: EURO")).reasonKey()).isEqualTo("process.error.currency");
        assertThat(refusal(shipped().replaceFirst("minutes: 30", "minutes: 35")).reasonKey()).isEqualTo("process.error.minutes-grain");
    }

    @Test
    @DisplayName("broken YAML is refused with the line of the syntax error")
    void syntaxError() {
        String yaml = "version: 1\nname: {en: x, fr: y\nlevels: []\n";
        DataFileException e = refusal(yaml);
        assertThat(e.reasonKey()).isEqualTo("data.error.syntax");
        assertThat(e.line()).isBetween(2, 4);
    }

    @Test
    @DisplayName("an alias bomb is refused before it expands")
    void aliasBomb() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'z'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertThat(refusal(yaml.toString()).reasonKey()).isEqualTo("data.error.syntax");
    }

    @Test
    @DisplayName("an oversized file is refused without being parsed")
    void oversized() {
        String yaml = "# " + "x".repeat(ProcessParser.MAX_CHARS) + "\n";
        assertThatThrownBy(() -> ProcessParser.parse("big.yaml", yaml))
                .isInstanceOf(DataFileException.class)
                .satisfies(e -> assertThat(((DataFileException) e).reasonKey()).isEqualTo("data.error.too-large"));
    }
}
