package dev.boucle.comp.us;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.rules.Scale;
import dev.boucle.comp.rules.Section;
import java.math.BigDecimal;

/** A figure that differs by filing status (single / married filing jointly). */
record ByFiling<T>(T single, T mfj) {

    T of(Filing filing) {
        return filing == Filing.MFJ ? mfj : single;
    }

    static ByFiling<BigDecimal> money(Section parent, String key) {
        Section s = parent.section(key);
        ByFiling<BigDecimal> out = new ByFiling<>(s.money("single"), s.money("mfj"));
        s.close();
        return out;
    }

    static ByFiling<Scale> scale(Section parent, String key) {
        Section s = parent.section(key);
        ByFiling<Scale> out = new ByFiling<>(s.scale("single"), s.scale("mfj"));
        s.close();
        return out;
    }
}
