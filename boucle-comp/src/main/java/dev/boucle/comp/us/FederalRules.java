package dev.boucle.comp.us;

import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/** Federal income tax, child tax credit, FICA and pre-tax limits for one calendar year, from {@code rules/us-<year>.yaml}. */
record FederalRules(ByFiling<BigDecimal> standardDeduction, ByFiling<Scale> brackets, BigDecimal taxTableBelow,
                    ChildTaxCredit.Rules childTaxCredit, BigDecimal socialSecurityRate, BigDecimal wageBase,
                    BigDecimal medicareRate, BigDecimal additionalMedicareRate,
                    ByFiling<BigDecimal> additionalMedicareThreshold, PreTaxLimits preTaxLimits) {

    /** Yearly caps on what an employee may set aside: 401(k) elective deferral, HSA by coverage. */
    record PreTaxLimits(BigDecimal k401, BigDecimal hsaSelf, BigDecimal hsaFamily) { }

    static FederalRules from(RuleFile file) {
        Section tax = file.section("incomeTax");
        ByFiling<BigDecimal> deduction = ByFiling.money(tax, "standardDeduction");
        ByFiling<Scale> brackets = ByFiling.scale(tax, "brackets");
        BigDecimal tableBelow = tax.money("taxTableBelow");
        tax.close();
        ChildTaxCredit.Rules ctc = ChildTaxCredit.Rules.from(file.section("childTaxCredit"));
        Section ss = file.section("socialSecurity");
        BigDecimal ssRate = ss.rate("rate");
        BigDecimal base = ss.money("wageBase");
        ss.close();
        Section medicare = file.section("medicare");
        BigDecimal medicareRate = medicare.rate("rate");
        BigDecimal additionalRate = medicare.rate("additionalRate");
        ByFiling<BigDecimal> additionalThreshold = ByFiling.money(medicare, "additionalThreshold");
        medicare.close();
        Section limits = file.section("preTaxLimits");
        Section hsa = limits.section("hsa");
        PreTaxLimits preTax = new PreTaxLimits(limits.money("k401"), hsa.money("self"), hsa.money("family"));
        hsa.close();
        limits.close();
        return new FederalRules(deduction, brackets, tableBelow, ctc, ssRate, base, medicareRate, additionalRate,
                additionalThreshold, preTax);
    }
}
