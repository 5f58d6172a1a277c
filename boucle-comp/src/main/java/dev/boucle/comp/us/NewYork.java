package dev.boucle.comp.us;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.rules.RuleFile;
import dev.boucle.comp.rules.RuleLibrary;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/**
 * New York State resident tax with the supplemental tax ("tax benefit recapture", Tax Law
 * §601(d)), and optionally New York City resident tax. Wages are the only income and New York
 * follows the federal treatment of 401(k), HSA and section 125 amounts, so NY AGI equals federal
 * AGI; NY taxable income is AGI less the NY standard deduction and $1,000 per dependent (Tax Law
 * §616). Simplifications: the NYS/NYC tax tables below $65,000 (exact schedule used instead), the
 * household, school, Empire State child and other credits, NY SDI and Paid Family Leave are not
 * modelled.
 */
final class NewYork implements StateIncomeTax {

    private final RuleLibrary library;
    private final boolean city;

    NewYork(RuleLibrary library, boolean city) {
        this.library = library;
        this.city = city;
    }

    record Rules(ByFiling<BigDecimal> standardDeduction, BigDecimal dependentExemption, ByFiling<Scale> brackets,
                 BigDecimal recaptureStartAgi, BigDecimal recapturePhaseIn, ByFiling<Scale> cityBrackets) {

        static Rules from(RuleFile file) {
            Section tax = file.section("incomeTax");
            ByFiling<BigDecimal> deduction = ByFiling.money(tax, "standardDeduction");
            BigDecimal exemption = tax.money("dependentExemption");
            ByFiling<Scale> brackets = ByFiling.scale(tax, "brackets");
            Section recapture = tax.section("recapture");
            BigDecimal start = recapture.money("startAgi");
            BigDecimal phaseIn = recapture.money("phaseIn");
            recapture.close();
            tax.close();
            Section nyc = file.section("newYorkCity");
            ByFiling<Scale> cityBrackets = ByFiling.scale(nyc, "brackets");
            nyc.close();
            return new Rules(deduction, exemption, brackets, start, phaseIn, cityBrackets);
        }
    }

    @Override
    public Provenance apply(int year, Base base, Ledger ledger) {
        RuleLibrary.Loaded<Rules> loaded = library.load("us-ny", year, Rules::from);
        Rules rules = loaded.rules();
        BigDecimal agi = base.federalAgi();
        BigDecimal deduction = rules.standardDeduction().of(base.filing());
        ledger.add("us.ny.standard_deduction", "New York standard deduction", null, null, deduction.negate(), Line.Kind.DEDUCTION);
        BigDecimal exemptions = rules.dependentExemption().multiply(BigDecimal.valueOf(base.dependents()));
        if (exemptions.signum() > 0) {
            ledger.add("us.ny.dependent_exemption", "New York dependent exemptions (" + base.dependents() + " × " + rules.dependentExemption().toPlainString() + ")", null, null, exemptions.negate(), Line.Kind.DEDUCTION);
        }
        BigDecimal taxable = ledger.info("us.ny.taxable", "New York taxable income", Money.positive(agi.subtract(deduction).subtract(exemptions)));
        Scale scale = rules.brackets().of(base.filing());
        ledger.addAll(scale.lines("us.ny.band", taxable, Line.Kind.INFO));
        BigDecimal scheduleTax = Money.cents(scale.tax(taxable));
        BigDecimal recapture = Money.cents(TaxBenefitRecapture.amount(agi, taxable, scale, rules.recaptureStartAgi(), rules.recapturePhaseIn()));
        if (recapture.signum() > 0) {
            ledger.info("us.ny.schedule_tax", "New York tax from the rate schedule", scheduleTax);
            ledger.info("us.ny.recapture", "Supplemental tax: recapture of the lower brackets' benefit (NY AGI above " + rules.recaptureStartAgi().toPlainString() + ")", recapture);
        }
        ledger.add("us.ny.income_tax", "New York State income tax", taxable, null, scheduleTax.add(recapture), Line.Kind.OTHER_TAX);
        if (city) {
            Scale cityScale = rules.cityBrackets().of(base.filing());
            ledger.addAll(cityScale.lines("us.nyc.band", taxable, Line.Kind.INFO));
            ledger.add("us.nyc.income_tax", "New York City resident income tax", taxable, null, Money.cents(cityScale.tax(taxable)), Line.Kind.OTHER_TAX);
        }
        return new Provenance(loaded.file(), loaded.estimateReasons());
    }
}
