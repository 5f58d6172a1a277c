package dev.boucle.comp.uk;

import static dev.boucle.comp.TestRequests.line;
import static dev.boucle.comp.TestRequests.uk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import org.junit.jupiter.api.Test;

/** UK cases from GOV.UK rates pages and computed by hand from ITA 2007 and the Scottish rate resolution. */
class UkExamplesTest {

    @Test
    void govUk_allowanceIsZeroFrom125140() {
        // gov.uk/income-tax-rates/income-over-100000: the allowance is zero if income is £125,140 or above.
        assertThat(line(uk(2025, "125140", UkRegion.ENG), "uk.pa")).isZero();
        assertThat(line(uk(2025, "125139", UkRegion.ENG), "uk.pa")).isEqualByComparingTo("-1");
    }

    @Test
    void ita2007s35_taper_income110000_allowance7570() {
        // £10,000 above £100,000 removes £5,000 of the £12,570 allowance.
        assertThat(line(uk(2025, "110000", UkRegion.ENG), "uk.pa")).isEqualByComparingTo("-7570");
    }

    @Test
    void england2026_taperFrom100000To120000_sixtyPercentMarginal_govUkRatesAndIta2007s35() {
        // GOV.UK Income Tax rates (2026/27: allowance £12,570, basic band £37,700, 40 %), ITA 2007 s.35 (£1 per £2 above £100,000),
        // GOV.UK Rates and thresholds for employers 2026 to 2027 (NI 8 % to £50,270, 2 % above).
        // 100 000: taxable 87 430; 37 700 × 20 % + 49 730 × 40 % = 27 432. NI: 37 700 × 8 % + 49 730 × 2 % = 4 010.60.
        NetResult at100k = uk(2026, "100000", UkRegion.ENG);
        assertThat(at100k.incomeTax()).isEqualByComparingTo("27432");
        assertThat(at100k.employeeContributions()).isEqualByComparingTo("4010.60");
        // 120 000: allowance 12 570 − 10 000 = 2 570; taxable 117 430; 7 540 + 79 730 × 40 % = 39 432. NI 3 016 + 69 730 × 2 % = 4 410.60.
        NetResult at120k = uk(2026, "120000", UkRegion.ENG);
        assertThat(line(at120k, "uk.pa")).isEqualByComparingTo("-2570");
        assertThat(at120k.incomeTax()).isEqualByComparingTo("39432");
        assertThat(at120k.employeeContributions()).isEqualByComparingTo("4410.60");
        // The taper makes the marginal income-tax rate 60 % in the band: 12 000 more tax on 20 000 more pay.
        assertThat(at120k.incomeTax().subtract(at100k.incomeTax())).isEqualByComparingTo("12000");
    }

    @Test
    void england50000_2025_taxAndNi_handComputed() {
        // Tax: (50 000 − 12 570) × 20 % = 7 486. NI: (50 000 − 12 570) × 8 % = 2 994.40.
        NetResult r = uk(2025, "50000", UkRegion.ENG);
        assertThat(r.incomeTax()).isEqualByComparingTo("7486");
        assertThat(r.employeeContributions()).isEqualByComparingTo("2994.40");
        assertThat(r.net()).isEqualByComparingTo("39519.60");
    }

    @Test
    void england150000_2025_additionalRateAndUpperNi_handComputed() {
        // PA 0; 37 700 × 20 % + 87 440 × 40 % + 24 860 × 45 % = 53 703. NI: 37 700 × 8 % + 99 730 × 2 % = 5 010.60.
        NetResult r = uk(2025, "150000", UkRegion.ENG);
        assertThat(r.incomeTax()).isEqualByComparingTo("53703");
        assertThat(r.employeeContributions()).isEqualByComparingTo("5010.60");
    }

    @Test
    void scotland50000_2025_sixBands_handComputed() {
        // 2 827 × 19 % + 12 094 × 20 % + 16 171 × 21 % + 6 338 × 42 % = 9 013.80.
        assertThat(uk(2025, "50000", UkRegion.SCT).incomeTax()).isEqualByComparingTo("9013.80");
    }

    @Test
    void scotland30000_2026_newStarterAndBasicBands_scottishBudget2026() {
        // Starter to £16,537 and basic to £29,526 of income: 3 967 × 19 % + 12 989 × 20 % + 474 × 21 % = 3 451.07.
        NetResult r = uk(2026, "30000", UkRegion.SCT);
        assertThat(r.incomeTax()).isEqualByComparingTo("3451.07");
        assertThat(r.estimate()).isFalse();
    }

    @Test
    void studentLoans_plan2_2026_and_postgraduate_2025() {
        // Plan 2 2026/27: 9 % above £29,385 → 955.35 → £955 (whole pounds). Postgraduate: 6 % above £21,000.
        assertThat(line(uk(2026, "40000", UkRegion.ENG, StudentLoanPlan.PLAN_2), "uk.student_loan.plan2")).isEqualByComparingTo("955");
        NetResult both = uk(2025, "40000", UkRegion.ENG, StudentLoanPlan.PLAN_1, StudentLoanPlan.POSTGRADUATE);
        assertThat(line(both, "uk.student_loan.postgraduate")).isEqualByComparingTo("1140");
        assertThat(line(both, "uk.student_loan.plan1")).isEqualByComparingTo("1254"); // 13 935 × 9 % = 1 254.15
        assertThat(both.otherTaxes()).isEqualByComparingTo("2394");
    }

    @Test
    void plans4And5_thresholds() {
        assertThat(line(uk(2025, "40000", UkRegion.SCT, StudentLoanPlan.PLAN_4), "uk.student_loan.plan4")).isEqualByComparingTo("652"); // 7 255 × 9 %
        assertThat(line(uk(2026, "30000", UkRegion.ENG, StudentLoanPlan.PLAN_5), "uk.student_loan.plan5")).isEqualByComparingTo("450");
    }
}
