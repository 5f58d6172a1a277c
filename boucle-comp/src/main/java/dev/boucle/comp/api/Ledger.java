package dev.boucle.comp.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Collects the lines of one computation in order and sums them by kind. */
public final class Ledger {

    private final List<Line> lines = new ArrayList<>();

    public BigDecimal add(String code, String label, BigDecimal base, BigDecimal rate, BigDecimal amount, Line.Kind kind) {
        lines.add(new Line(code, label, base, rate, amount, kind));
        return amount;
    }

    public BigDecimal info(String code, String label, BigDecimal amount) {
        lines.add(Line.info(code, label, amount));
        return amount;
    }

    public void addAll(List<Line> more) {
        lines.addAll(more);
    }

    public BigDecimal total(Line.Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}
