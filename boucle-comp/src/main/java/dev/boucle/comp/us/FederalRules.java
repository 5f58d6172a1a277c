package dev.boucle.comp.us;

import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/** Federal income tax and FICA for one calendar year, from {@code rules/us-<year>.yaml}. */
record FederalRules(ByFiling<BigDecimal> standardDeduction, ByFiling<Scale> brackets, BigDecimal taxTableBelow,
                    BigDecimal socialSecurityRate, BigDecimal wageBase, BigDecimal medicareRate,
                    BigDecimal additionalMedicareRate, ByFiling<BigDecimal> additionalMedicareThreshold) {

    static FederalRules from(RuleFile file) {
        Section tax = file.section("incomeTax");
        ByFiling<BigDecimal> deduction = ByFiling.money(tax, "standardDeduction");
        ByFiling<Scale> brackets = ByFiling.scale(tax, "brackets");
        BigDecimal tableBelow = tax.money("taxTableBelow");
        tax.close();
        Section ss = file.section("socialSecurity");
        BigDecimal ssRate = ss.rate("rate");
        BigDecimal base = ss.money("wageBase");
        ss.close();
        Section medicare = file.section("medicare");
        FederalRules rules = new FederalRules(deduction, brackets, tableBelow, ssRate, base, medicare.rate("rate"),
                medicare.rate("additionalRate"), ByFiling.money(medicare, "additionalThreshold"));
        medicare.close();
        return rules;
    }
}
