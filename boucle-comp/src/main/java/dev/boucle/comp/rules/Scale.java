package dev.boucle.comp.rules;

import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A marginal-rate scale (bands in ascending order, the first from zero). Amounts are exact:
 * callers round as their own law says.
 */
public record Scale(List<Band> bands) {

    public Scale {
        bands = List.copyOf(bands);
    }

    public BigDecimal tax(BigDecimal income) {
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < bands.size(); i++) {
            total = total.add(Money.slice(income, bands.get(i).from(), upper(i)).multiply(bands.get(i).rate()));
        }
        return total;
    }

    /** One line per band that holds some income, for explaining the result. */
    public List<Line> lines(String code, BigDecimal income, Line.Kind kind) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            BigDecimal part = Money.slice(income, bands.get(i).from(), upper(i));
            if (part.signum() > 0) {
                Band band = bands.get(i);
                lines.add(new Line(code + "." + (i + 1), band.name(), part, band.rate(), part.multiply(band.rate()), kind));
            }
        }
        return lines;
    }

    /** Start of the band holding {@code income} (its last band when above every start). */
    public int bandIndex(BigDecimal income) {
        int index = 0;
        for (int i = 0; i < bands.size(); i++) {
            if (income.compareTo(bands.get(i).from()) > 0) {
                index = i;
            }
        }
        return index;
    }

    /** Upper limit of band {@code i}, or null for the top band. */
    public BigDecimal upper(int i) {
        return i + 1 < bands.size() ? bands.get(i + 1).from() : null;
    }

    public Band top() {
        return bands.get(bands.size() - 1);
    }
}
