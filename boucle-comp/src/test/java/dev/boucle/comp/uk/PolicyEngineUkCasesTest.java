package dev.boucle.comp.uk;

import static dev.boucle.comp.TestRequests.ask;
import static dev.boucle.comp.TestRequests.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.boucle.comp.api.NetResult;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Cases from PolicyEngine UK's published tests (github.com/PolicyEngine/policyengine-uk, commit
 * c93e1a05, August 2026), re-entered. PolicyEngine's year 2024 is the tax year from April 2024
 * (2024/25), as ours. It keeps the pence of student loan repayments; payroll deducts them in whole
 * pounds (Education (Student Loans) (Repayment) Regulations 2009 reg. 44), so those agree within £1.
 */
class PolicyEngineUkCasesTest {

    private static final String LOANS = "policyengine_uk/tests/policy/baseline/gov/hmrc/student_loans/student_loan_repayment.yaml";

    @Test
    void studentLoans_plan1_2024_plan2_2025_plan2_2026() {
        // LOANS "Plan 1 - Income above threshold", period 2024: 35 000 → 900.90 (threshold £24,990).
        assertThat(line(ask("country=UK", "year=2024", "gross=35000", "student-loan=plan1"), "uk.student_loan.plan1"))
                .isCloseTo(new BigDecimal("900.90"), within(BigDecimal.ONE));
        // "Plan 2 - Income above threshold", period 2025: 40 000 → 1 037.70 (threshold £28,470).
        assertThat(line(ask("country=UK", "year=2025", "gross=40000", "student-loan=plan2"), "uk.student_loan.plan2"))
                .isCloseTo(new BigDecimal("1037.70"), within(BigDecimal.ONE));
        // "Plan 2 - 2027 threshold is £29,385 (tax year 2026-27 rate)": 40 000 → 955.35.
        assertThat(line(ask("country=UK", "year=2026", "gross=40000", "student-loan=plan2"), "uk.student_loan.plan2"))
                .isCloseTo(new BigDecimal("955.35"), within(BigDecimal.ONE));
        // "Plan 2 - Income below threshold": 25 000 → 0.
        assertThat(line(ask("country=UK", "year=2025", "gross=25000", "student-loan=plan2"), "uk.student_loan.plan2")).isZero();
    }

    @Test
    void plan5_noRepaymentsBeforeApril2026_then9PercentAbove25000() {
        // policyengine_uk/parameters/gov/hmrc/student_loans/thresholds/plan_5.yaml starts on 2026-04-06 (£25,000), as
        // GOV.UK says: Plan 5 repayments start in April 2026. In 2024/25 and 2025/26 a Plan 5 borrower repays nothing.
        NetResult y2025 = ask("country=UK", "year=2025", "gross=40000", "student-loan=plan5");
        assertThat(y2025.otherTaxes()).isZero();
        assertThat(line(y2025, "uk.student_loan.plan5.not_due")).isZero();
        assertThat(ask("country=UK", "year=2024", "gross=40000", "student-loan=plan5").otherTaxes()).isZero();
        assertThat(line(ask("country=UK", "year=2026", "gross=40000", "student-loan=plan5"), "uk.student_loan.plan5"))
                .isEqualByComparingTo("1350"); // 9 % of 15 000
    }

    @Test
    void personalAllowance_taperCases_2025_2026() {
        // policyengine_uk/tests/policy/baseline/gov/hmrc/income_tax/allowances/personal_allowance.yaml.
        assertThat(line(ask("country=UK", "year=2025", "gross=100000"), "uk.pa")).isEqualByComparingTo("-12570");
        assertThat(line(ask("country=UK", "year=2025", "gross=105000"), "uk.pa")).isEqualByComparingTo("-10070");
        // "PA taper rounds remaining allowance up", 2026: 100 003 → 12 569.
        assertThat(line(ask("country=UK", "year=2026", "gross=100003"), "uk.pa")).isEqualByComparingTo("-12569");
        assertThat(line(ask("country=UK", "year=2025", "gross=150000"), "uk.pa")).isZero();
    }

    @Test
    void salarySacrifice_noEmployeeNiOnTheSacrificedPay_before2029() {
        // policyengine_uk/tests/policy/baseline/gov/hmrc/national_insurance/salary_sacrifice_pension_ni_employee.yaml, "No
        // employee NI charge when salary sacrifice below £2,000 cap" (2025, 40 000, 1 500 sacrificed): 0. The £2,000 cap is
        // the Budget 2025 measure from April 2029 (salary_sacrifice_pension_cap.yaml: infinite before), so before 2029 no
        // sacrificed pound bears NI, income tax or student loan: all three are on 38 500.
        NetResult r = ask("country=UK", "year=2025", "gross=40000", "pension-sacrifice=1500", "student-loan=plan2");
        assertThat(r.preTaxDeductions()).isEqualByComparingTo("1500");
        assertThat(line(r, "uk.ni.main")).isEqualByComparingTo("2074.40"); // (38 500 − 12 570) × 8 %
        assertThat(r.incomeTax()).isEqualByComparingTo("5186.00"); // (38 500 − 12 570) × 20 %
        assertThat(line(r, "uk.student_loan.plan2")).isEqualByComparingTo("902"); // 9 % of 10 030, whole pounds
        assertThat(r.net()).isEqualByComparingTo(new BigDecimal("40000").subtract(new BigDecimal("1500")).subtract(new BigDecimal("2074.40"))
                .subtract(new BigDecimal("5186.00")).subtract(new BigDecimal("902")));
    }
}
