package dev.boucle.comp.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer: totals plus every line that produced them. {@code gross} is null when the
 * computation started from the taxable amount; {@code netBeforeTax} and {@code net} then start
 * from that amount. {@code net} is pay after contributions and every tax.
 */
public record NetResult(
        String currency,
        BigDecimal gross,
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
}
