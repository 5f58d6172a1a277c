package dev.boucle.comp.us;

import static dev.boucle.comp.TestRequests.ask;
import static dev.boucle.comp.TestRequests.line;
import static dev.boucle.comp.TestRequests.lineOrZero;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boucle.comp.api.NetResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Cases from PolicyEngine US's published tests (github.com/PolicyEngine/policyengine-us, commit
 * 8914f89d, August 2026), re-entered as wage earners. PolicyEngine applies the rate schedules
 * exactly; below $100,000 of taxable income the law's answer is the IRS Tax Table, whose $50 rows
 * move the federal tax by at most $25 × the marginal rate (and NY's and the FTB's tables likewise,
 * which we do not use), so federal tax is compared within that, other figures to the cent or the
 * dollar the forms round to.
 */
class PolicyEngineUsCasesTest {

    private static final String CTC = "tests/policy/baseline/partners/analytics_coverage/edge_cases/federal/tax_credits/ctc/federal.yaml";

    @Test
    void ctc_jointAt400000_fullCredit_incomeTax71268() {
        // CTC file, "ctc_joint_agi_exactly_at_phase_out_threshold_400000": 2026, joint, 400 000 of wages, one child of 5.
        NetResult r = ask("country=US", "year=2026", "gross=400000", "filing=mfj", "dependents=1");
        assertThat(line(r, "us.fed.ctc").negate()).isEqualByComparingTo("2200");
        assertThat(r.incomeTax()).isEqualByComparingTo("71268");
    }

    @Test
    void ctc_jointJustAbovePhaseOut_50PerThousandOrFraction() {
        // CTC file, "ctc_joint_just_above_phase_out": 401 000 → ctc 2 150, income_tax 71 558.
        NetResult r = ask("country=US", "year=2026", "gross=401000", "filing=mfj", "dependents=1");
        assertThat(line(r, "us.fed.ctc").negate()).isEqualByComparingTo("2150");
        assertThat(r.incomeTax()).isEqualByComparingTo("71558");
        // "ctc_joint_fully_phased_out_450000": ctc 0, income_tax 86 608.
        NetResult out = ask("country=US", "year=2026", "gross=450000", "filing=mfj", "dependents=1");
        assertThat(lineOrZero(out, "us.fed.ctc")).isZero();
        assertThat(out.incomeTax()).isEqualByComparingTo("86608");
    }

    @Test
    void ctc_headOfHouseholdJustAbove200000() {
        // CTC file, "ctc_single_parent_hoh_just_above_phase_out_200000": head of household, 201 000, one child:
        // ctc 2 150, income_tax 31 081 (HOH schedule and $24,150 standard deduction, Rev. Proc. 2025-32).
        NetResult r = ask("country=US", "year=2026", "gross=201000", "filing=hoh", "dependents=1");
        assertThat(line(r, "us.fed.ctc").negate()).isEqualByComparingTo("2150");
        assertThat(r.incomeTax()).isEqualByComparingTo("31081");
    }

    @Test
    void ctc_refundablePart_15PercentAbove2500_andTheCapPerChild() {
        // CTC file, "ctc_earned_income_exactly_at_refundable_floor_2500": joint, 2 500 → refundable_ctc 0;
        // "ctc_earned_income_just_above_refundable_floor": 2 600 → refundable_ctc 15 (15 % of 100).
        assertThat(lineOrZero(ask("country=US", "year=2026", "gross=2500", "filing=mfj", "dependents=1"), "us.fed.ctc.refundable")).isZero();
        assertThat(line(ask("country=US", "year=2026", "gross=2600", "filing=mfj", "dependents=1"), "us.fed.ctc.refundable")).isEqualByComparingTo("15");
        // "ctc_refundable_cap_binds_hoh_two_children": head of household, 30 000, two children → ctc 4 400, refundable 3 400
        // (2 × $1,700). The tax it offsets is 585 by the schedule, 588 by the Tax Table row (5 850 to 5 900).
        NetResult r = ask("country=US", "year=2026", "gross=30000", "filing=hoh", "dependents=2");
        assertThat(line(r, "us.fed.ctc.maximum")).isEqualByComparingTo("4400");
        assertThat(line(r, "us.fed.ctc.refundable")).isEqualByComparingTo("3400");
        assertThat(line(r, "us.fed.income_tax")).isCloseTo(new BigDecimal("585"), within(new BigDecimal("3")));
    }

    @Test
    void ctc_jointAt80000_creditAbsorbedByTheTax_taxTableWithin25TimesTheRate() {
        // CTC file, "ctc_child_age_16_qualifying": joint, 80 000, child of 16: ctc 2 200, refundable 0; income_tax 3 040
        // by the schedule (5 240 − 2 200); the Tax Table row 47 800-47 850 gives 5 243.
        NetResult r = ask("country=US", "year=2026", "gross=80000", "filing=mfj", "dependents=1");
        assertThat(line(r, "us.fed.ctc").negate()).isEqualByComparingTo("2200");
        assertThat(r.incomeTax()).isCloseTo(new BigDecimal("3040"), within(new BigDecimal("3")));
    }

    @Test
    void fica_401kDeferralStaysInTheFicaBase_section125AndHsaLeaveIt() {
        // tests/policy/baseline/gov/irs/payroll/test_fica_wage_base_excludes_401k.yaml, 2025: 106 706 of wages with a 6 006
        // 401(k) deferral → payroll_tax_gross_wages 106 706; adding 5 606 of section 125 premiums and 6 750 of payroll HSA
        // contributions → 94 350. (6 750 is above the self-only HSA limit, so the household is entered with a dependent,
        // which gives the family limit of $8,550.)
        NetResult k401 = ask("country=US", "year=2025", "gross=106706", "401k=6006");
        assertThat(line(k401, "us.fica.medicare")).isEqualByComparingTo(money(new BigDecimal("106706").multiply(new BigDecimal("0.0145"))));
        NetResult all = ask("country=US", "year=2025", "gross=106706", "401k=6006", "section125=5606", "hsa=6750", "dependents=1");
        assertThat(line(all, "us.fica.social_security")).isEqualByComparingTo(money(new BigDecimal("94350").multiply(new BigDecimal("0.062"))));
        assertThat(line(all, "us.fica.medicare")).isEqualByComparingTo(money(new BigDecimal("94350").multiply(new BigDecimal("0.0145"))));
        // AGI: wages less all three.
        assertThat(line(all, "us.fed.agi")).isEqualByComparingTo("88344");
        assertThat(all.preTaxDeductions()).isEqualByComparingTo("18362");
    }

    @Test
    void california_sdiBaseAddsBackHsa_andCaliforniaWagesToo() {
        // tests/policy/baseline/gov/states/ca/tax/payroll/disability/ca_employee_state_disability_insurance_contribution.yaml,
        // 2026: 6 000 of wages, 1 000 of section 125 premiums, 1 000 of payroll HSA → SDI 65 (1.3 % of 5 000);
        // ca_payroll_tax_gross_wages.yaml: federal payroll wages 4 000. ca_hsa_addition.yaml: California adds the payroll
        // HSA contribution back to AGI.
        NetResult r = ask("country=US", "year=2026", "gross=6000", "section125=1000", "hsa=1000", "state=CA");
        assertThat(line(r, "us.ca.sdi")).isEqualByComparingTo("65.00");
        assertThat(line(r, "us.fica.medicare")).isEqualByComparingTo("58.00"); // 1.45 % of 4 000
        assertThat(line(r, "us.ca.hsa_addback")).isEqualByComparingTo("1000");
    }

    @Test
    void california2025_jointHighIncome_withMentalHealthServicesTax() {
        // tests/policy/baseline/gov/states/ca/tax/income/integration.yaml, "High income joint filer, state_income_tax includes
        // behavioral health tax", 2025: two spouses with 1 000 000 each (interest there, wages here: the same California
        // income), state_income_tax 216 156 (the test allows 500; we are 58 cents off). Exemption credits are fully phased out.
        NetResult r = ask("country=US", "year=2025", "gross=1000000", "partner-gross=1000000", "filing=mfj", "state=CA");
        BigDecimal state = line(r, "us.ca.income_tax").add(line(r, "us.ca.mhst"));
        assertThat(state).isCloseTo(new BigDecimal("216156"), within(BigDecimal.ONE)); // 206 269.54 + 9 885.88 = 216 155.42
        assertThat(line(r, "us.ca.exemption_credit")).isZero();
    }

    @Test
    void newYork2025_integrationCases_singleJointHeadOfHousehold() {
        // tests/policy/baseline/gov/states/ny/tax/income/integration.yaml (2025).
        // Case 2, single, 50 000: ny_taxable_income 42 000, ny_main_income_tax 2 145.
        NetResult single = ask("country=US", "year=2025", "gross=50000", "state=NY");
        assertThat(line(single, "us.ny.taxable")).isEqualByComparingTo("42000");
        assertThat(line(single, "us.ny.income_tax")).isEqualByComparingTo("2145.00");
        // Case 3, joint with two dependents, 80 000: taxable 61 950 (16 050 + 2 × 1 000 exemptions), tax 3 074.75.
        NetResult joint = ask("country=US", "year=2025", "gross=80000", "filing=mfj", "dependents=2", "state=NY");
        assertThat(line(joint, "us.ny.taxable")).isEqualByComparingTo("61950");
        assertThat(line(joint, "us.ny.income_tax")).isCloseTo(new BigDecimal("3074.75"), within(new BigDecimal("0.01")));
        // Case 4, single, 200 000: taxable 192 000, main tax 10 951.75, supplemental 568. AGI is past the phase-in, so
        // IT-201-I worksheet 2 taxes all 192 000 at 6 % (11 520): the supplemental tax is 568.25; PolicyEngine uses the
        // worksheet's whole-dollar recapture base (568), 25 cents under, and the return itself is in whole dollars.
        NetResult high = ask("country=US", "year=2025", "gross=200000", "state=NY");
        assertThat(line(high, "us.ny.schedule_tax")).isCloseTo(new BigDecimal("10951.75"), within(new BigDecimal("0.01")));
        assertThat(line(high, "us.ny.recapture")).isCloseTo(new BigDecimal("568"), within(new BigDecimal("0.50")));
        assertThat(line(high, "us.ny.income_tax")).isEqualByComparingTo("11520.00");
        // Case 5, head of household with a dependent, 60 000: taxable 47 800 (11 200 + 1 000), main tax 2 380.375.
        NetResult hoh = ask("country=US", "year=2025", "gross=60000", "filing=hoh", "dependents=1", "state=NY");
        assertThat(line(hoh, "us.ny.taxable")).isEqualByComparingTo("47800");
        assertThat(line(hoh, "us.ny.income_tax")).isCloseTo(new BigDecimal("2380.375"), within(new BigDecimal("0.005")));
    }

    @Test
    void newYork2024_aboveTwentyFiveMillion_flatTopRate() {
        // integration.yaml Case 1 (2024): single, AGI 33 440 296 (wages and interest there, all wages here) →
        // ny_income_tax 3 644 120; ny_supplemental_tax.yaml gives main 3 429 049.71 + supplemental 215 070.55 (margin 2).
        NetResult r = ask("country=US", "year=2024", "gross=33440296", "state=NY");
        assertThat(r.estimate()).isFalse();
        assertThat(line(r, "us.ny.income_tax")).isCloseTo(new BigDecimal("3644120"), within(BigDecimal.ONE));
        assertThat(line(r, "us.ny.recapture")).isCloseTo(new BigDecimal("215070.55"), within(BigDecimal.TWO));
    }

    private static BigDecimal money(BigDecimal v) {
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
