package dev.boucle.comp.uk;

import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** One UK tax year's figures, read from {@code rules/uk-<year>.yaml} (2026 = tax year 2026/27). */
public record UkRules(PersonalAllowance allowance, Scale restOfUk, Scale scotland, NationalInsurance ni,
                      Map<StudentLoanPlan, Loan> loans, BigDecimal pensionAnnualAllowance) {

    /** Personal allowance, reduced by the taper rate of income above the threshold (ITA 2007 s.35). */
    public record PersonalAllowance(BigDecimal amount, BigDecimal taperThreshold, BigDecimal taperRate) { }

    /** Employee Class 1 contributions between the primary threshold and the upper earnings limit, and above it. */
    public record NationalInsurance(BigDecimal primaryThreshold, BigDecimal upperEarningsLimit, BigDecimal mainRate, BigDecimal upperRate) { }

    /** A student loan plan: rate on earnings above its annual threshold. A plan absent from a year's file has no repayments that year. */
    public record Loan(BigDecimal threshold, BigDecimal rate) { }

    public static UkRules from(RuleFile file) {
        Section pa = file.section("personalAllowance");
        PersonalAllowance allowance = new PersonalAllowance(pa.money("amount"), pa.money("taperThreshold"), pa.rate("taperRate"));
        pa.close();
        Section tax = file.section("incomeTax");
        Scale rest = tax.scale("englandWalesNorthernIreland");
        Scale scotland = tax.scale("scotland");
        tax.close();
        Section ni = file.section("nationalInsurance");
        NationalInsurance nics = new NationalInsurance(ni.money("primaryThreshold"), ni.money("upperEarningsLimit"), ni.rate("mainRate"), ni.rate("upperRate"));
        ni.close();
        Section sl = file.section("studentLoans");
        Map<StudentLoanPlan, Loan> loans = new EnumMap<>(StudentLoanPlan.class);
        for (StudentLoanPlan plan : StudentLoanPlan.values()) {
            if (!sl.has(plan.key())) {
                continue;
            }
            Section p = sl.section(plan.key());
            loans.put(plan, new Loan(p.money("threshold"), p.rate("rate")));
            p.close();
        }
        sl.close();
        Section sacrifice = file.section("pensionSacrifice");
        BigDecimal annualAllowance = sacrifice.money("annualAllowance");
        sacrifice.close();
        return new UkRules(allowance, rest, scotland, nics, loans, annualAllowance);
    }
}
