package dev.boucle.comp.cli;

import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.NetResult;
import java.math.BigDecimal;

/** A plain-text rendering for people at a terminal (the JSON is the stable interface). */
final class ResultText {

    private ResultText() {
    }

    static String write(NetResult r) {
        StringBuilder out = new StringBuilder();
        for (Line line : r.lines()) {
            out.append(String.format("%-70s %16s%n", truncate(line.label()), plain(line.amount())));
        }
        out.append(String.format("%n%-22s %16s %s%n", "Gross", plain(r.gross()), r.currency()));
        if (r.preTaxDeductions().signum() > 0) {
            out.append(String.format("%-22s %16s%n", "Pre-tax set aside", plain(r.preTaxDeductions())));
        }
        out.append(String.format("%-22s %16s%n", "Contributions", plain(r.employeeContributions())));
        out.append(String.format("%-22s %16s%n", "Net before tax", plain(r.netBeforeTax())));
        out.append(String.format("%-22s %16s%n", "Taxable income", plain(r.taxableIncome())));
        out.append(String.format("%-22s %16s%n", "Income tax", plain(r.incomeTax())));
        out.append(String.format("%-22s %16s%n", "Other taxes", plain(r.otherTaxes())));
        out.append(String.format("%-22s %16s%n", "Net", plain(r.net())));
        if (r.estimate()) {
            r.estimateReasons().forEach(reason -> out.append("estimate: ").append(reason).append(System.lineSeparator()));
        }
        return out.toString();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.toPlainString();
    }

    private static String truncate(String label) {
        return label.length() <= 70 ? label : label.substring(0, 67) + "...";
    }
}
