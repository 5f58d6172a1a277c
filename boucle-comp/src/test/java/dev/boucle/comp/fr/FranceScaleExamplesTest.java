package dev.boucle.comp.fr;

import static dev.boucle.comp.TestRequests.bd;
import static dev.boucle.comp.TestRequests.frTaxable;
import static dev.boucle.comp.TestRequests.line;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.rules.Band;
import dev.boucle.comp.rules.Scale;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Income tax scale, quotient familial, décote: official worked examples, then cases computed by hand from the CGI. */
class FranceScaleExamplesTest {

    private static Scale scale(String... fromRate) {
        List<Band> bands = new java.util.ArrayList<>();
        for (int i = 0; i < fromRate.length; i += 2) {
            bands.add(new Band(bd(fromRate[i]), bd(fromRate[i + 1]), "b" + i));
        }
        return new Scale(bands);
    }

    /*
     * The published examples count each band from one euro above its limit ("de 10 065 € à 25 659 €:
     * 15 594 € × 11 %"), whereas CGI art. 197 taxes "la fraction supérieure à 10 064 €", one euro
     * more per band edge. The engine follows the statute (as the DGFiP's own formula R × 11 % −
     * 10 064 × 11 % does), so it sits exactly one euro per crossed band edge, times the rate, above
     * the examples' figures. Both are asserted so the gap stays explained and does not drift.
     */
    @Test
    void servicePublicF1419_celibataire30000_2020Scale_statuteVsPublishedArithmetic() {
        // service-public.fr F1419 (vérifié le 04/06/2020): one part, 30 000 € → impôt brut 3 017,34 € in the example.
        Scale scale2020 = scale("0", "0", "10064", "0.11", "25659", "0.30", "73369", "0.41", "157806", "0.45");
        BigDecimal example = bd("1715.34").add(bd("1302"));
        assertThat(example).isEqualByComparingTo("3017.34");
        assertThat(scale2020.tax(bd("30000"))).isEqualByComparingTo(example.add(bd("0.11")).add(bd("0.30")));
        // Couple, 60 000 €, 2 parts: the same quotient, twice the tax.
        assertThat(scale2020.tax(bd("60000").divide(BigDecimal.TWO)).multiply(BigDecimal.TWO)).isEqualByComparingTo("6035.50");
    }

    @Test
    void impotsGouvExample_celibataire32000_revenus2020() {
        // impots.gouv.fr example for 2020 income: 15 625 € × 11 % + 6 289 € × 30 % = 3 605,45 €; statute: 15 626 and 6 290.
        Scale scale = scale("0", "0", "10084", "0.11", "25710", "0.30", "73516", "0.41", "158122", "0.45");
        assertThat(scale.tax(bd("32000"))).isEqualByComparingTo(bd("3605.45").add(bd("0.11")).add(bd("0.30")));
    }

    @Test
    void servicePublicF34328_netTaxable30000_less10PercentIs27000() {
        // service-public.fr F34328: "30 000 € de salaire net imposable ... revenu brut global 27 000 €".
        FranceRules.ProfessionalExpenses expenses = new FranceRules.ProfessionalExpenses(bd("0.10"), bd("509"), bd("14556"));
        assertThat(FranceCalculator.taxableIncome(bd("30000"), expenses, new Ledger())).isEqualByComparingTo("27000");
    }

    @Test
    void professionalExpenses_floorAndCeiling_cgiArt83() {
        FranceRules.ProfessionalExpenses expenses = new FranceRules.ProfessionalExpenses(bd("0.10"), bd("509"), bd("14556"));
        assertThat(FranceCalculator.taxableIncome(bd("3000"), expenses, new Ledger())).isEqualByComparingTo("2491"); // floor 509
        assertThat(FranceCalculator.taxableIncome(bd("400"), expenses, new Ledger())).isEqualByComparingTo("0"); // never above the pay
        assertThat(FranceCalculator.taxableIncome(bd("200000"), expenses, new Ledger())).isEqualByComparingTo("185444"); // ceiling 14 556
    }

    @Test
    void income2024_celibataire30000_handComputedFromLf2025Scale() {
        // CGI art. 197 as set by loi 2025-127: (29 315 − 11 497) × 11 % + (30 000 − 29 315) × 30 % = 2 165,48 → 2 165; above the décote threshold.
        NetResult r = frTaxable(2024, "30000", Household.SINGLE, 0);
        assertThat(r.incomeTax()).isEqualByComparingTo("2165");
        assertThat(r.estimate()).isFalse();
    }

    @Test
    void income2025_decote_single20000_handComputed() {
        // (20 000 − 11 600) × 11 % = 924; décote 897 − 45,25 % × 924 = 478,89 → 479; impôt 445.
        NetResult r = frTaxable(2025, "20000", Household.SINGLE, 0);
        assertThat(line(r, "fr.ir.gross")).isEqualByComparingTo("924");
        assertThat(line(r, "fr.ir.decote")).isEqualByComparingTo("-479");
        assertThat(r.incomeTax()).isEqualByComparingTo("445");
    }

    @Test
    void income2025_taxUnder61EurosIsNotCollected_cgiArt1657() {
        // (12 000 − 11 600) × 11 % = 44 → décote wipes it out; and below 61 € nothing is collected anyway.
        assertThat(frTaxable(2025, "12000", Household.SINGLE, 0).incomeTax()).isZero();
    }

    @Test
    void income2025_coupleTwoChildren150000_quotientCapApplies_handComputed() {
        // 3 parts: 3 × tax(50 000) = 24 311,97; 2 parts: 2 × tax(75 000) = 31 207,98; cap 2 × 1 807 = 3 614 → 27 593,98 → 27 594.
        NetResult r = frTaxable(2025, "150000", Household.COUPLE, 2);
        assertThat(line(r, "fr.ir.parts")).isEqualByComparingTo("3");
        assertThat(line(r, "fr.ir.tax_with_parts")).isEqualByComparingTo("24311.97");
        assertThat(r.incomeTax()).isEqualByComparingTo("27594");
    }

    @Test
    void income2025_singleParentOneChild60000_capOfTheFirstFullPart_handComputed() {
        // Case T, 2 parts: 2 × tax(30 000) = 4 207,98; 1 part: 11 103,99 − 4 262 = 6 841,99 → 6 842.
        NetResult r = frTaxable(2025, "60000", Household.SINGLE, 1);
        assertThat(line(r, "fr.ir.parts")).isEqualByComparingTo("2");
        assertThat(r.incomeTax()).isEqualByComparingTo("6842");
    }

    @Test
    void thirdChildCountsAFullPart_cgiArt194() {
        assertThat(line(frTaxable(2025, "100000", Household.COUPLE, 3), "fr.ir.parts")).isEqualByComparingTo("4");
    }

    @Test
    void cehr_single600000_handComputedFromCgi223Sexies() {
        // 3 % × 250 000 + 4 % × 100 000 = 11 500; couples' thresholds are doubled.
        assertThat(line(frTaxable(2025, "600000", Household.SINGLE, 0), "fr.cehr")).isEqualByComparingTo("11500");
        assertThat(line(frTaxable(2025, "600000", Household.COUPLE, 0), "fr.cehr")).isEqualByComparingTo("3000");
    }

    @Test
    void cdhr_openFiscaCase_single300000AtPfu_decote18750() {
        // CGI art. 224 V; same case as OpenFisca-France's test "Célibataire à plus de 250 000 € de revenus, au PFU":
        // RFR 300 000, tax counted 38 400 (PFU) + 1 500 (CEHR). Target min(60 000, 82,5 % × 50 000 = 41 250): CDHR 1 350.
        FranceRules rules = FranceRules.from(dev.boucle.comp.rules.RuleFileFixtures.load("rules/fr-2025.yaml"));
        Ledger ledger = new Ledger();
        BigDecimal cdhr = HighIncomeContributions.cdhr(bd("300000"), Household.SINGLE, 0, bd("38400"), bd("1500"), rules.cdhr(), ledger);
        assertThat(cdhr).isEqualByComparingTo("1350");
    }

    @Test
    void cdhr_isZeroForSalaryIncome_becauseTheScaleAlreadyExceeds20Percent() {
        NetResult r = frTaxable(2025, "400000", Household.SINGLE, 0);
        assertThat(line(r, "fr.cdhr")).isZero();
        assertThat(line(r, "fr.cdhr.target")).isEqualByComparingTo("80000.00");
    }

    @Test
    void cdhr_doesNotExistForIncome2024() {
        assertThat(frTaxable(2024, "400000", Household.SINGLE, 0).lines()).noneMatch(l -> l.code().startsWith("fr.cdhr"));
    }
}
