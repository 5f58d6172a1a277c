package dev.boucle.comp.fr;

import dev.boucle.comp.api.Household;
import java.math.BigDecimal;

/**
 * Parts of quotient familial (CGI art. 194) and the cap on their advantage (CGI art. 197, I-2).
 * A couple has 2 parts, a single person 1; each of the first two children adds a half-part and
 * each further child a full part. A single person with children is taken to raise them alone
 * (case T): one more half-part, whose advantage together with the first child's half-part is
 * capped at the specific single-parent amount.
 */
record FamilyQuotient(Household household, int children) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    BigDecimal baseParts() {
        return household == Household.COUPLE ? BigDecimal.valueOf(2) : BigDecimal.ONE;
    }

    BigDecimal parts() {
        BigDecimal parts = baseParts();
        for (int child = 1; child <= children; child++) {
            parts = parts.add(child <= 2 ? HALF : BigDecimal.ONE);
        }
        return singleParent() ? parts.add(HALF) : parts;
    }

    boolean singleParent() {
        return household == Household.SINGLE && children > 0;
    }

    /** The most the parts above the base may lower the tax. */
    BigDecimal advantageCap(FranceRules.IncomeTax rules) {
        BigDecimal extraHalfParts = parts().subtract(baseParts()).multiply(BigDecimal.valueOf(2));
        if (!singleParent()) {
            return extraHalfParts.multiply(rules.halfPartCap());
        }
        // The first two extra half-parts (single parent + first child) form one capped full part.
        return rules.singleParentFirstChildCap().add(extraHalfParts.subtract(BigDecimal.valueOf(2)).multiply(rules.halfPartCap()));
    }
}
