package dev.boucle.comp.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer: totals plus every line that produced them. {@code gross} is null when the
 * computation started from the taxable amount; {@code netBeforeTax} and {@code net} then start
 * from that amount. {@code net} is take-home pay: gross less pre-tax set-asides, contributions
 * and every tax. When a partner's pay is given, every total is the household's (both salaries,
 * both people's contributions and taxes) and the partner's lines have codes starting "partner.".
 */
public record NetResult(
        String currency,
        BigDecimal gross,
        BigDecimal preTaxDeductions,
        BigDecimal employeeContributions,
        BigDecimal netBeforeTax,
        BigDecimal taxableIncome,
        BigDecimal incomeTax,
        BigDecimal otherTaxes,
        BigDecimal net,
        boolean estimate,
        List<String> estimateReasons,
        List<String> rulesUsed,
        List<Line> lines) {

    public NetResult {
        estimateReasons = List.copyOf(estimateReasons);
        rulesUsed = List.copyOf(rulesUsed);
        lines = List.copyOf(lines);
    }

    /** Totals of a ledger whose start is {@code start} (the gross, or the taxable amount when there is no gross). */
    public static NetResult of(String currency, BigDecimal gross, BigDecimal start, BigDecimal taxable, Ledger ledger,
                               List<String> estimateReasons, List<String> rulesUsed) {
        BigDecimal preTax = ledger.total(Line.Kind.PRE_TAX);
        BigDecimal contributions = ledger.total(Line.Kind.CONTRIBUTION);
        BigDecimal incomeTax = ledger.total(Line.Kind.INCOME_TAX);
        BigDecimal other = ledger.total(Line.Kind.OTHER_TAX);
        BigDecimal beforeTax = start.subtract(preTax).subtract(contributions);
        BigDecimal net = beforeTax.subtract(incomeTax).subtract(other);
        return new NetResult(currency, gross, preTax, contributions, beforeTax, taxable, incomeTax, other, net,
                !estimateReasons.isEmpty(), estimateReasons, rulesUsed, ledger.lines());
    }
}
