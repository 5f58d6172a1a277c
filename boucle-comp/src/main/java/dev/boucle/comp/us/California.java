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
import java.math.RoundingMode;

/**
 * California resident: standard deduction, rate schedule, personal and dependent exemption
 * credits with their phase-out (R&TC 17054, 17054.1), the 1 % Mental Health Services Tax above
 * $1,000,000 of taxable income (R&TC 17043), and SDI withheld on all wages. California does not
 * conform to HSAs: payroll HSA contributions are added back to wages. Simplifications: wages are
 * the only income; the FTB tax table (exact schedule used instead), renter's and other credits
 * are not modelled.
 */
final class California implements StateIncomeTax {

    private final RuleLibrary library;

    California(RuleLibrary library) {
        this.library = library;
    }

    record Credits(BigDecimal personal, BigDecimal dependent, ByFiling<BigDecimal> phaseOutStart, BigDecimal phaseOutStep,
                   BigDecimal phaseOutPerStep) {

        static Credits from(Section s) {
            Credits c = new Credits(s.money("personal"), s.money("dependent"), ByFiling.money(s, "phaseOutStart"),
                    s.money("phaseOutStep"), s.money("phaseOutPerStep"));
            s.close();
            return c;
        }
    }

    record Rules(ByFiling<BigDecimal> standardDeduction, ByFiling<Scale> brackets, Credits credits,
                 BigDecimal mhstRate, BigDecimal mhstThreshold, BigDecimal sdiRate, boolean hsaAddedBack) {

        static Rules from(RuleFile file) {
            Section tax = file.section("incomeTax");
            ByFiling<BigDecimal> deduction = ByFiling.money(tax, "standardDeduction");
            ByFiling<Scale> brackets = ByFiling.scale(tax, "brackets");
            tax.close();
            Credits credits = Credits.from(file.section("exemptionCredit"));
            Section mhst = file.section("mentalHealthServicesTax");
            BigDecimal rate = mhst.rate("rate");
            BigDecimal threshold = mhst.money("threshold");
            mhst.close();
            Section sdi = file.section("sdi");
            BigDecimal sdiRate = sdi.rate("rate");
            sdi.close();
            Section preTax = file.section("preTax");
            boolean hsaAddedBack = preTax.bool("hsaAddedBack");
            preTax.close();
            return new Rules(deduction, brackets, credits, rate, threshold, sdiRate, hsaAddedBack);
        }
    }

    @Override
    public Provenance apply(int year, Base base, Ledger ledger) {
        RuleLibrary.Loaded<Rules> loaded = library.load("us-ca", year, Rules::from);
        Rules rules = loaded.rules();
        Filing filing = base.filing();
        ledger.add("us.ca.sdi", "California SDI (no wage ceiling)", base.sdiWages(), rules.sdiRate(), Money.cents(base.sdiWages().multiply(rules.sdiRate())), Line.Kind.CONTRIBUTION);
        BigDecimal wages = base.federalAgi();
        if (rules.hsaAddedBack() && base.hsa().signum() > 0) {
            wages = wages.add(ledger.info("us.ca.hsa_addback", "HSA contributions added back (California does not conform to IRC s.223)", base.hsa()));
        }
        BigDecimal deduction = rules.standardDeduction().of(filing);
        ledger.add("us.ca.standard_deduction", "California standard deduction", null, null, deduction.negate(), Line.Kind.DEDUCTION);
        BigDecimal taxable = ledger.info("us.ca.taxable", "California taxable income", Money.positive(wages.subtract(deduction)));
        ledger.addAll(rules.brackets().of(filing).lines("us.ca.band", taxable, Line.Kind.INFO));
        BigDecimal scheduleTax = Money.cents(rules.brackets().of(filing).tax(taxable));
        BigDecimal credit = Money.min(scheduleTax, exemptionCredits(base, wages, rules.credits(), ledger));
        ledger.info("us.ca.exemption_credit", "Exemption credits", credit.negate());
        ledger.add("us.ca.income_tax", "California income tax", taxable, null, scheduleTax.subtract(credit), Line.Kind.OTHER_TAX);
        BigDecimal above = Money.slice(taxable, rules.mhstThreshold(), null);
        if (above.signum() > 0) {
            ledger.add("us.ca.mhst", "Mental Health Services Tax (taxable income above " + rules.mhstThreshold().toPlainString() + ")", above, rules.mhstRate(), Money.cents(above.multiply(rules.mhstRate())), Line.Kind.OTHER_TAX);
        }
        return new Provenance(loaded.file(), loaded.estimateReasons());
    }

    /**
     * One personal credit (two on a joint return) and one per dependent, each reduced by $6 for
     * every $2,500 or fraction of AGI above the threshold, never below zero (Form 540 exemption
     * credits worksheet, which starts from California AGI, Form 540 line 17).
     */
    static BigDecimal exemptionCredits(Base base, BigDecimal agi, Credits credits, Ledger ledger) {
        BigDecimal excess = Money.positive(agi.subtract(credits.phaseOutStart().of(base.filing())));
        BigDecimal reduction = excess.divide(credits.phaseOutStep(), 0, RoundingMode.CEILING).multiply(credits.phaseOutPerStep());
        if (reduction.signum() > 0) {
            ledger.info("us.ca.exemption_phase_out", "Each exemption credit reduced by " + credits.phaseOutPerStep().toPlainString() + " per " + credits.phaseOutStep().toPlainString() + " of AGI above " + credits.phaseOutStart().of(base.filing()).toPlainString(), reduction.negate());
        }
        int personal = base.filing() == Filing.MFJ ? 2 : 1;
        BigDecimal each = Money.positive(credits.personal().subtract(reduction));
        BigDecimal eachDependent = Money.positive(credits.dependent().subtract(reduction));
        return each.multiply(BigDecimal.valueOf(personal)).add(eachDependent.multiply(BigDecimal.valueOf(base.dependents())));
    }
}
