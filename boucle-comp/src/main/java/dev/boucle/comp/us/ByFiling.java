package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/** A figure that differs by filing status (single / married filing jointly / head of household). */
record ByFiling<T>(T single, T mfj, T hoh) {

    T of(Filing filing) {
        return switch (filing) {
            case SINGLE -> single;
            case MFJ -> mfj;
            case HOH -> hoh;
        };
    }

    static String describe(Filing filing) {
        return switch (filing) {
            case SINGLE -> "single";
            case MFJ -> "married filing jointly";
            case HOH -> "head of household";
        };
    }

    static ByFiling<BigDecimal> money(Section parent, String key) {
        Section s = parent.section(key);
        ByFiling<BigDecimal> out = new ByFiling<>(s.money("single"), s.money("mfj"), s.money("hoh"));
        s.close();
        return out;
    }

    static ByFiling<Scale> scale(Section parent, String key) {
        Section s = parent.section(key);
        ByFiling<Scale> out = new ByFiling<>(s.scale("single"), s.scale("mfj"), s.scale("hoh"));
        s.close();
        return out;
    }
}
