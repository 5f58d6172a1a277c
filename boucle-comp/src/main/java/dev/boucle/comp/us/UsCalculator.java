package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.UsState;
import dev.boucle.comp.rules.RuleLibrary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * US W-2 employee for a calendar year: FICA, federal income tax after the standard deduction,
 * then the chosen state (and city). {@code incomeTax} is the federal tax; state and city income
 * taxes are {@code otherTaxes}. Wages are the only income: AGI equals wages.
 */
public final class UsCalculator {

    private final RuleLibrary library;

    public UsCalculator(RuleLibrary library) {
        this.library = library;
    }

    public NetResult net(NetRequest.Us request) {
        RuleLibrary.Loaded<FederalRules> loaded = library.load("us", request.year(), FederalRules::from);
        FederalRules rules = loaded.rules();
        Ledger ledger = new Ledger();
        List<String> reasons = new ArrayList<>(loaded.estimateReasons());
        List<String> files = new ArrayList<>(List.of(loaded.file()));
        Filing filing = request.filing();
        BigDecimal gross = null;
        BigDecimal taxable;
        if (request.start() instanceof Start.Gross g) {
            gross = ledger.add("us.gross", "Wages", null, null, g.amount(), Line.Kind.GROSS);
            Fica.employee(gross, filing, rules, ledger);
            BigDecimal deduction = rules.standardDeduction().of(filing);
            ledger.add("us.fed.standard_deduction", "Federal standard deduction", null, null, deduction.negate(), Line.Kind.DEDUCTION);
            taxable = ledger.info("us.fed.taxable", "Federal taxable income", Money.positive(gross.subtract(deduction)));
        } else {
            if (request.state() != UsState.NONE) {
                throw new IllegalArgumentException("--state needs --gross: state taxable income is not the federal one");
            }
            taxable = ledger.info("us.fed.taxable", "Federal taxable income (given)", request.start().amount());
        }
        FederalIncomeTax.compute(taxable, filing, rules, ledger);
        if (gross != null && request.state() != UsState.NONE) {
            StateIncomeTax state = request.state() == UsState.CA ? new California(library) : new NewYork(library, request.newYorkCity());
            StateIncomeTax.Provenance provenance = state.apply(request.year(), gross, filing, ledger);
            files.add(provenance.file());
            reasons.addAll(provenance.estimateReasons());
        }
        BigDecimal contributions = ledger.total(Line.Kind.CONTRIBUTION);
        BigDecimal incomeTax = ledger.total(Line.Kind.INCOME_TAX);
        BigDecimal other = ledger.total(Line.Kind.OTHER_TAX);
        BigDecimal start = gross != null ? gross : taxable;
        BigDecimal beforeTax = start.subtract(contributions);
        BigDecimal net = beforeTax.subtract(incomeTax).subtract(other);
        return new NetResult("USD", gross, contributions, beforeTax, taxable, incomeTax, other, net,
                !reasons.isEmpty(), reasons, files, ledger.lines());
    }
}
