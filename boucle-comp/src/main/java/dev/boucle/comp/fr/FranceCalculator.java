package dev.boucle.comp.fr;

import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.rules.RuleLibrary;
import java.math.BigDecimal;
import java.util.List;

/**
 * France, salaried employee (cadre or not): gross → contributions → net pay → net taxable pay →
 * 10 % deduction → revenu net imposable → income tax → CEHR / CDHR. The income year is the year
 * the salary is earned: 2025 income is taxed in 2026 under the scale of the 2026 finance law,
 * which {@code fr-2025.yaml} holds. A couple's second salary goes through its own payroll and
 * its own 10 % deduction (CGI art. 83, 3°: per person), then the household is taxed jointly on
 * the sum (CGI art. 6): the totals are then the household's.
 */
public final class FranceCalculator {

    private final RuleLibrary library;

    public FranceCalculator(RuleLibrary library) {
        this.library = library;
    }

    public NetResult net(NetRequest.France request) {
        RuleLibrary.Loaded<FranceRules> loaded = library.load("fr", request.year(), FranceRules::from);
        FranceRules rules = loaded.rules();
        Ledger ledger = new Ledger();
        BigDecimal gross = null;
        BigDecimal taxable;
        BigDecimal netBeforeTax;
        if (request.start() instanceof Start.Gross g) {
            gross = ledger.add("fr.gross", "Salaire brut annuel", null, null, g.amount(), Line.Kind.GROSS);
            Payroll.Result payroll = Payroll.run(gross, request.status(), rules, ledger);
            netBeforeTax = payroll.netPay();
            taxable = taxableIncome(payroll.netTaxablePay(), rules.expenses(), ledger);
            if (request.partnerGross() != null) {
                Ledger partner = new Ledger();
                BigDecimal partnerGross = partner.add("fr.gross", "Salaire brut annuel", null, null, request.partnerGross(), Line.Kind.GROSS);
                Payroll.Result partnerPayroll = Payroll.run(partnerGross, request.partnerStatus(), rules, partner);
                BigDecimal partnerTaxable = taxableIncome(partnerPayroll.netTaxablePay(), rules.expenses(), partner);
                partner.lines().forEach(l -> ledger.addAll(List.of(l.forPartner("(conjoint)"))));
                gross = gross.add(partnerGross);
                netBeforeTax = netBeforeTax.add(partnerPayroll.netPay());
                taxable = ledger.info("fr.taxable_household", "Revenu net imposable du foyer", taxable.add(partnerTaxable));
            }
        } else {
            taxable = ledger.info("fr.taxable", "Revenu net imposable (donné)", request.start().amount());
            netBeforeTax = taxable;
        }
        FamilyQuotient family = new FamilyQuotient(request.household(), request.children());
        FrenchIncomeTax.Result tax = FrenchIncomeTax.compute(taxable, family, rules.incomeTax(), ledger);
        BigDecimal cehr = HighIncomeContributions.cehr(taxable, request.household(), rules, ledger);
        HighIncomeContributions.cdhr(taxable, request.household(), request.children(), tax.beforeThreshold(), cehr, rules.cdhr(), ledger);
        BigDecimal contributions = ledger.total(Line.Kind.CONTRIBUTION);
        BigDecimal incomeTax = ledger.total(Line.Kind.INCOME_TAX);
        BigDecimal other = ledger.total(Line.Kind.OTHER_TAX);
        BigDecimal net = netBeforeTax.subtract(incomeTax).subtract(other);
        ledger.info("fr.net_after_tax", "Net après impôt", net);
        return new NetResult("EUR", gross, BigDecimal.ZERO, contributions, netBeforeTax, taxable, incomeTax, other, net, loaded.estimate(),
                loaded.estimateReasons(), List.of(loaded.file()), ledger.lines());
    }

    /** Net taxable pay less the 10 % deduction (floor, ceiling, never above the pay), both rounded to the euro. */
    static BigDecimal taxableIncome(BigDecimal netTaxablePay, FranceRules.ProfessionalExpenses rules, Ledger ledger) {
        BigDecimal declared = Money.whole(netTaxablePay);
        BigDecimal deduction = Money.whole(declared.multiply(rules.rate()));
        deduction = Money.min(declared, Money.min(rules.maximum(), Money.max(rules.minimum(), deduction)));
        ledger.add("fr.expenses", "Déduction forfaitaire de 10 % pour frais professionnels", declared, rules.rate(), deduction.negate(), Line.Kind.DEDUCTION);
        return ledger.info("fr.taxable", "Revenu net imposable", declared.subtract(deduction));
    }
}
