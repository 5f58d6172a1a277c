package dev.boucle.comp.us;

import static dev.boucle.comp.TestRequests.ask;
import static dev.boucle.comp.TestRequests.bd;
import static dev.boucle.comp.TestRequests.line;
import static dev.boucle.comp.TestRequests.us;
import static dev.boucle.comp.TestRequests.usTaxable;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.UsState;
import dev.boucle.comp.rules.Band;
import dev.boucle.comp.rules.Scale;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Federal, FICA, California, New York: IRS examples and cases computed by hand from the rate schedules. */
class UsExamplesTest {

    @Test
    void irs2025Form1040Instructions_taxTableExample_mfj25300_is2562() {
        // Instructions for Form 1040 (2025), Tax Table example: married filing jointly, taxable income $25,300 → $2,562.
        assertThat(usTaxable(2025, "25300", Filing.MFJ).incomeTax()).isEqualByComparingTo("2562");
    }

    @Test
    void taxTableRows_fiftyDollarsFrom3000_twentyFiveBelow() {
        assertThat(FederalIncomeTax.tableMidpoint(bd("25300"))).isEqualByComparingTo("25325");
        assertThat(FederalIncomeTax.tableMidpoint(bd("2999"))).isEqualByComparingTo("2987.5");
        assertThat(FederalIncomeTax.tableMidpoint(bd("12"))).isEqualByComparingTo("10");
        assertThat(FederalIncomeTax.tableMidpoint(bd("3"))).isZero();
    }

    @Test
    void single100000Wages2025_obbbaStandardDeduction_taxTable_handComputed() {
        // 100 000 − 15 750 = 84 250; row midpoint 84 275: 5 578.50 + 35 800 × 22 % = 13 454.50 → 13 455.
        NetResult r = us(2025, "100000", Filing.SINGLE, UsState.NONE, false);
        assertThat(r.taxableIncome()).isEqualByComparingTo("84250");
        assertThat(r.incomeTax()).isEqualByComparingTo("13455");
        assertThat(r.employeeContributions()).isEqualByComparingTo("7650.00"); // 6.2 % + 1.45 %
    }

    @Test
    void mfj300000Wages2026_revProc2025_32_worksheet_handComputed() {
        // 300 000 − 32 200 = 267 800: 2 480 + 9 120 + 24 332 + 56 400 × 24 % = 49 468.
        assertThat(us(2026, "300000", Filing.MFJ, UsState.NONE, false).incomeTax()).isEqualByComparingTo("49468.00");
    }

    @Test
    void fica2025_single250000_wageBaseAndAdditionalMedicare() {
        NetResult r = us(2025, "250000", Filing.SINGLE, UsState.NONE, false);
        assertThat(line(r, "us.fica.social_security")).isEqualByComparingTo("10918.20"); // 176 100 × 6.2 %
        assertThat(line(r, "us.fica.medicare")).isEqualByComparingTo("3625.00");
        assertThat(line(r, "us.fica.additional_medicare")).isEqualByComparingTo("450.00"); // 50 000 × 0.9 %
        NetResult joint = us(2025, "250000", Filing.MFJ, UsState.NONE, false);
        assertThat(joint.lines()).noneMatch(l -> l.code().equals("us.fica.additional_medicare")); // $250,000 threshold
    }

    @Test
    void california150000Single_2025SchedulesLessExemptionCredit_andSdi() {
        // FTB 2025 Schedule X: 150 000 − 5 706 = 144 294: 3 201.97 on the first 72 724 + 71 570 × 9.3 % = 9 857.98;
        // less the $153 personal credit = 9 704.98. SDI 1.2 %.
        NetResult r = us(2025, "150000", Filing.SINGLE, UsState.CA, false);
        assertThat(line(r, "us.ca.income_tax")).isEqualByComparingTo("9704.98");
        assertThat(line(r, "us.ca.sdi")).isEqualByComparingTo("1800.00");
        assertThat(r.estimate()).isFalse(); // the FTB's 2025 figures
        // 2026 reuses them until the FTB publishes the 2026 indexation, and says so.
        assertThat(us(2026, "150000", Filing.SINGLE, UsState.CA, false).estimateReasons()).anyMatch(s -> s.contains("FTB"));
    }

    @Test
    void california2025_headOfHousehold_dependentCredits_andTheirPhaseOut() {
        // FTB 2025 Schedule Z, HOH standard deduction 11 412: 100 000 → 88 588: 221.73 + 607.14 + 607.44 + 965.34 on the
        // first 83 805, then 4 783 × 8 % = 382.64 → 2 784.29; credits 153 + 2 × 475 = 1 103 (R&TC 17054) → 1 681.29.
        NetResult r = ask("country=US", "year=2025", "gross=100000", "filing=hoh", "dependents=2", "state=CA");
        assertThat(line(r, "us.ca.exemption_credit")).isEqualByComparingTo("-1103");
        assertThat(line(r, "us.ca.income_tax")).isEqualByComparingTo("1681.29");
        // R&TC 17054.1: 400 000 of AGI is 21 690 above the HOH threshold of 378 310: 9 steps of 2 500 (fraction rounded up),
        // 54 off each credit: (153 − 54) + 2 × (475 − 54) = 941.
        NetResult high = ask("country=US", "year=2025", "gross=400000", "filing=hoh", "dependents=2", "state=CA");
        assertThat(line(high, "us.ca.exemption_credit")).isEqualByComparingTo("-941");
    }

    @Test
    void federal2024_headOfHousehold_revProc2023_34() {
        // 2024: 150 000 − 21 900 = 128 100: 1 655 + 5 586 + 8 228 + 27 600 × 24 % = 22 093; one child: 2 000 credit.
        NetResult r = ask("country=US", "year=2024", "gross=150000", "filing=hoh", "dependents=1");
        assertThat(line(r, "us.fed.income_tax")).isEqualByComparingTo("22093.00");
        assertThat(r.incomeTax()).isEqualByComparingTo("20093.00");
        assertThat(line(r, "us.fica.social_security")).isEqualByComparingTo("9300.00"); // under the 168 600 base
        assertThat(r.estimate()).isFalse();
    }

    @Test
    void californiaMentalHealthServicesTax_onTaxableIncomeAboveOneMillion_rtc17043() {
        NetResult r = us(2025, "1500000", Filing.SINGLE, UsState.CA, false);
        assertThat(line(r, "us.ca.mhst")).isEqualByComparingTo("4942.94"); // (1 494 294 − 1 000 000) × 1 %
        assertThat(line(us(2026, "100000", Filing.SINGLE, UsState.CA, false), "us.ca.sdi")).isEqualByComparingTo("1300.00");
    }

    @Test
    void newYorkRecaptureWorksheetFigures_singleFiler_derivedFromTheSchedule() {
        // IT-201-I tax computation worksheets (single): recapture base $568, incremental benefit $1,831.
        Scale single = new Scale(List.of(band("0", "0.04"), band("8500", "0.045"), band("11700", "0.0525"), band("13900", "0.055"),
                band("80650", "0.06"), band("215400", "0.0685"), band("1077550", "0.0965"), band("5000000", "0.103"), band("25000000", "0.109")));
        assertThat(TaxBenefitRecapture.benefit(single, 4)).isEqualByComparingTo("568");
        assertThat(TaxBenefitRecapture.benefit(single, 5).subtract(TaxBenefitRecapture.benefit(single, 4))).isEqualByComparingTo("1831");
    }

    @Test
    void newYork_single250000_partialRecapture_andNyc() {
        // TI 242 000 in the 6.85 % bracket: 568 + (250 000 − 215 400) / 50 000 × 1 831 = 1 835.05 on top of the schedule.
        NetResult r = us(2025, "250000", Filing.SINGLE, UsState.NY, true);
        assertThat(line(r, "us.ny.recapture")).isEqualByComparingTo("1835.05");
        assertThat(line(r, "us.ny.income_tax")).isEqualByComparingTo("16012.90");
        // NYC: 12 000 × 3.078 % + 13 000 × 3.762 % + 25 000 × 3.819 % + 192 000 × 3.876 % = 9 255.09.
        assertThat(line(r, "us.nyc.income_tax")).isEqualByComparingTo("9255.09");
    }

    @Test
    void newYork_fullyPhasedIn_taxesAllIncomeAtTheTopBracketRate() {
        // Tax Law s.601(d): once phased in, the whole taxable income bears its bracket's rate: 292 000 × 6.85 %.
        assertThat(line(us(2025, "300000", Filing.SINGLE, UsState.NY, false), "us.ny.income_tax")).isEqualByComparingTo("20002.00");
        // Above $25,000,000 of AGI the flat 10.9 % applies to all taxable income.
        assertThat(line(us(2025, "30000000", Filing.SINGLE, UsState.NY, false), "us.ny.income_tax")).isEqualByComparingTo("3269128.00");
    }

    @Test
    void newYork_belowRecaptureStart_isTheScheduleAlone() {
        NetResult r = us(2025, "100000", Filing.MFJ, UsState.NY, false);
        assertThat(r.lines()).noneMatch(l -> l.code().equals("us.ny.recapture"));
    }

    private static Band band(String from, String rate) {
        return new Band(bd(from), bd(rate), from);
    }
}
