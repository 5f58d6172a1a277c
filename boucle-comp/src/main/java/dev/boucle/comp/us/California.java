package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.RuleLibrary;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/**
 * California resident: standard deduction, rate schedule, personal exemption credit, the 1 %
 * Mental Health Services Tax above $1,000,000 of taxable income (R&TC 17043), and SDI withheld
 * on all wages. Simplifications: wages are the only income so CA AGI equals federal AGI; the
 * exemption-credit phase-out for high AGI and the FTB tax table (exact schedule used instead)
 * are not modelled.
 */
final class California implements StateIncomeTax {

    private final RuleLibrary library;

    California(RuleLibrary library) {
        this.library = library;
    }

    record Rules(ByFiling<BigDecimal> standardDeduction, ByFiling<Scale> brackets, ByFiling<BigDecimal> exemptionCredit,
                 BigDecimal mhstRate, BigDecimal mhstThreshold, BigDecimal sdiRate) {

        static Rules from(RuleFile file) {
            Section tax = file.section("incomeTax");
            Rules rules = new Rules(ByFiling.money(tax, "standardDeduction"), ByFiling.scale(tax, "brackets"),
                    ByFiling.money(tax, "exemptionCredit"), null, null, null);
            tax.close();
            Section mhst = file.section("mentalHealthServicesTax");
            BigDecimal rate = mhst.rate("rate");
            BigDecimal threshold = mhst.money("threshold");
            mhst.close();
            Section sdi = file.section("sdi");
            BigDecimal sdiRate = sdi.rate("rate");
            sdi.close();
            return new Rules(rules.standardDeduction, rules.brackets, rules.exemptionCredit, rate, threshold, sdiRate);
        }
    }

    @Override
    public Provenance apply(int year, BigDecimal wages, Filing filing, Ledger ledger) {
        RuleLibrary.Loaded<Rules> loaded = library.load("us-ca", year, Rules::from);
        Rules rules = loaded.rules();
        ledger.add("us.ca.sdi", "California SDI (no wage ceiling)", wages, rules.sdiRate(), Money.cents(wages.multiply(rules.sdiRate())), Line.Kind.CONTRIBUTION);
        BigDecimal deduction = rules.standardDeduction().of(filing);
        ledger.add("us.ca.standard_deduction", "California standard deduction", null, null, deduction.negate(), Line.Kind.DEDUCTION);
        BigDecimal taxable = ledger.info("us.ca.taxable", "California taxable income", Money.positive(wages.subtract(deduction)));
        ledger.addAll(rules.brackets().of(filing).lines("us.ca.band", taxable, Line.Kind.INFO));
        BigDecimal scheduleTax = Money.cents(rules.brackets().of(filing).tax(taxable));
        BigDecimal credit = Money.min(scheduleTax, rules.exemptionCredit().of(filing));
        ledger.info("us.ca.exemption_credit", "Personal exemption credit", credit.negate());
        ledger.add("us.ca.income_tax", "California income tax", taxable, null, scheduleTax.subtract(credit), Line.Kind.OTHER_TAX);
        BigDecimal above = Money.slice(taxable, rules.mhstThreshold(), null);
        if (above.signum() > 0) {
            ledger.add("us.ca.mhst", "Mental Health Services Tax (taxable income above " + rules.mhstThreshold().toPlainString() + ")", above, rules.mhstRate(), Money.cents(above.multiply(rules.mhstRate())), Line.Kind.OTHER_TAX);
        }
        return new Provenance(loaded.file(), loaded.estimateReasons());
    }
}
