package dev.boucle.comp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The CLI in-process: bad input is one line on stderr with status 2; JSON has the documented keys. */
class MainTest {

    record Run(int status, String out, String err) { }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "net --country XX --year 2025 --gross 1",
            "net --country FR --year 2025",
            "net --country FR --year 2025 --gross 1 --taxable 2",
            "net --country FR --year 2025 --gross -5",
            "net --country FR --year 2025 --gross 12abc",
            "net --country FR --year twenty --gross 1",
            "net --country FR --year 2025 --gross 1 --state CA",
            "net --country US --year 2025 --gross 1 --city NYC",
            "net --country US --year 2025 --taxable 1 --state NY",
            "net --country UK --year 2025 --gross 1 --student-loan plan3",
            "net --country UK --year 2025 --gross 1 --student-loan plan1,plan2",
            "net --country UK --year 2010 --gross 1",
            "net --country FR --year 2025 --gross 1 --bogus",
            "frobnicate"})
    void badInput_oneLineOnStderr_status2(String line) {
        Run r = run(line.split(" "));
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).startsWith("boucle-comp: ").doesNotContain("\n");
    }

    @Test
    void json_hasTheDocumentedKeys() throws Exception {
        Run r = run("net", "--country", "UK", "--year", "2026", "--gross", "40000", "--region", "SCT", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = ResultJson.MAPPER.readTree(r.out());
        for (String key : new String[] {"currency", "gross", "employeeContributions", "taxableIncome", "incomeTax", "otherTaxes", "net", "estimate", "lines"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("currency").asString()).isEqualTo("GBP");
        assertThat(json.get("lines").get(0).has("rate")).isTrue();
    }

    @Test
    void bench_reportsNetsPerSecondPerCountry() throws Exception {
        Run r = run("bench", "--seconds", "0.05", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = ResultJson.MAPPER.readTree(r.out());
        assertThat(json.get("FR").get("netsPerSecond").asLong()).isPositive();
        assertThat(json.get("US").get("netsPerSecond").asLong()).isPositive();
    }
}
