package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Ledger;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.UsPreTax;
import dev.boucle.comp.api.UsState;
import dev.boucle.comp.rules.RuleLibrary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * US W-2 employee for a calendar year: pre-tax set-asides, FICA, federal income tax after the
 * standard deduction less the child tax credit, then the chosen state (and city). {@code
 * incomeTax} is the federal tax; state and city income taxes are {@code otherTaxes}. Wages are
 * the only income: AGI is the return's wages after 401(k), HSA and section 125 reductions. With
 * a spouse's wages (married filing jointly) the totals are the couple's.
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
        StateIncomeTax.Base stateBase = null;
        if (request.start() instanceof Start.Gross g) {
            gross = ledger.add("us.gross", "Wages", null, null, g.amount(), Line.Kind.GROSS);
            UsPreTax preTax = request.preTax();
            PreTaxDeductions.check(preTax, gross, filing != Filing.SINGLE || request.dependents() > 0, rules.preTaxLimits());
            PreTaxDeductions.lines(preTax, ledger);
            BigDecimal ficaWages = gross.subtract(preTax.hsa()).subtract(preTax.section125());
            Fica.person("us.fica.", "", ficaWages, rules, ledger);
            BigDecimal returnWages = gross.subtract(preTax.total());
            BigDecimal returnFicaWages = ficaWages;
            BigDecimal sdiWages = gross.subtract(preTax.section125());
            if (request.partnerGross() != null) {
                BigDecimal partner = ledger.add("partner.us.gross", "Wages (spouse)", null, null, request.partnerGross(), Line.Kind.GROSS);
                Fica.person("partner.us.fica.", " (spouse)", partner, rules, ledger);
                returnWages = returnWages.add(partner);
                returnFicaWages = returnFicaWages.add(partner);
                sdiWages = sdiWages.add(partner);
                gross = gross.add(partner);
            }
            Fica.additionalMedicare(returnFicaWages, filing, rules, ledger);
            BigDecimal agi = ledger.info("us.fed.agi", "Adjusted gross income (wages after pre-tax deductions)", returnWages);
            BigDecimal deduction = rules.standardDeduction().of(filing);
            ledger.add("us.fed.standard_deduction", "Federal standard deduction", null, null, deduction.negate(), Line.Kind.DEDUCTION);
            taxable = ledger.info("us.fed.taxable", "Federal taxable income", Money.positive(agi.subtract(deduction)));
            BigDecimal tax = FederalIncomeTax.compute(taxable, filing, rules, ledger);
            ChildTaxCredit.apply(request.dependents(), agi, tax, filing, rules.childTaxCredit(), ledger);
            stateBase = new StateIncomeTax.Base(agi, preTax.hsa(), sdiWages, filing, request.dependents());
        } else {
            if (request.state() != UsState.NONE) {
                throw new IllegalArgumentException("--state needs --gross: state taxable income is not the federal one");
            }
            taxable = ledger.info("us.fed.taxable", "Federal taxable income (given)", request.start().amount());
            FederalIncomeTax.compute(taxable, filing, rules, ledger);
        }
        if (stateBase != null && request.state() != UsState.NONE) {
            StateIncomeTax state = request.state() == UsState.CA ? new California(library) : new NewYork(library, request.newYorkCity());
            StateIncomeTax.Provenance provenance = state.apply(request.year(), stateBase, ledger);
            files.add(provenance.file());
            reasons.addAll(provenance.estimateReasons());
        }
        return NetResult.of("USD", gross, gross != null ? gross : taxable, taxable, ledger, reasons, files);
    }
}
