package dev.boucle.comp.fr;

import static dev.boucle.comp.TestRequests.fr;
import static dev.boucle.comp.TestRequests.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.NetResult;
import org.junit.jupiter.api.Test;

/** Cadre payroll, computed by hand from the Urssaf / Agirc-Arrco rates and the 2025 PASS (47 100 €). */
class FrancePayrollTest {

    @Test
    void cadre60000_2025_everyContributionLine() {
        NetResult r = fr(2025, "60000", Household.SINGLE, 0);
        assertThat(line(r, "fr.vieillesse_plafonnee")).isEqualByComparingTo("3249.90");   // 47 100 × 6,90 %
        assertThat(line(r, "fr.vieillesse_deplafonnee")).isEqualByComparingTo("240.00"); // 60 000 × 0,40 %
        assertThat(line(r, "fr.agirc_arrco_t1")).isEqualByComparingTo("1483.65");        // 47 100 × 3,15 %
        assertThat(line(r, "fr.agirc_arrco_t2")).isEqualByComparingTo("1114.56");        // 12 900 × 8,64 %
        assertThat(line(r, "fr.ceg_t1")).isEqualByComparingTo("405.06");
        assertThat(line(r, "fr.ceg_t2")).isEqualByComparingTo("139.32");
        assertThat(line(r, "fr.cet")).isEqualByComparingTo("84.00");                     // 60 000 × 0,14 %, paid above 1 PASS
        assertThat(line(r, "fr.apec")).isEqualByComparingTo("14.40");
        assertThat(line(r, "fr.csg_deductible")).isEqualByComparingTo("4008.60");        // 58 950 × 6,8 %
        assertThat(line(r, "fr.csg_non_deductible")).isEqualByComparingTo("1414.80");
        assertThat(line(r, "fr.crds")).isEqualByComparingTo("294.75");
        assertThat(r.netBeforeTax()).isEqualByComparingTo("47550.96");
        assertThat(line(r, "fr.net_taxable_pay")).isEqualByComparingTo("49260.51");
        assertThat(r.taxableIncome()).isEqualByComparingTo("44335");                      // 49 261 − 4 926
        assertThat(r.incomeTax()).isEqualByComparingTo("6404");                           // 1 977,69 + 14 756 × 30 %
        assertThat(r.net()).isEqualByComparingTo("41146.96");
    }

    @Test
    void cetIsNotDueAtOrBelowOnePass() {
        assertThat(fr(2025, "40000", Household.SINGLE, 0).lines()).noneMatch(l -> l.code().equals("fr.cet"));
    }

    @Test
    void csgAbatementStopsAtFourPass_cssL136_1_1() {
        // 300 000 gross: 4 PASS = 188 400 abated by 1,75 % (3 297), the rest taxed in full: base 296 703.
        NetResult r = fr(2025, "300000", Household.SINGLE, 0);
        assertThat(r.lines().stream().filter(l -> l.code().equals("fr.csg_deductible")).findFirst().orElseThrow().base())
                .isEqualByComparingTo("296703.00");
    }

    @Test
    void income2026_usesThe2026Pass_andIsFlaggedAsEstimate() {
        NetResult r = fr(2026, "60000", Household.SINGLE, 0);
        assertThat(line(r, "fr.pass")).isEqualByComparingTo("48060");
        assertThat(r.estimate()).isTrue();
        assertThat(r.estimateReasons()).anyMatch(reason -> reason.contains("2027 finance law"));
    }
}
