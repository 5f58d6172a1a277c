package dev.boucle.comp.fr;

import dev.boucle.comp.api.Money;
import java.math.BigDecimal;

/**
 * One employee contribution on a slice of pay measured in PASS (plafond annuel de la sécurité
 * sociale): tranche 1 is 0 to 1 PASS, tranche 2 is 1 to 8 PASS. {@code toPass} null means no ceiling.
 * {@code onlyAbovePass}: the AGIRC-ARRCO CET is due only by employees paid above one PASS.
 * {@code cadreOnly}: the Apec contribution is due by cadres only.
 */
record ContributionRule(String code, String label, BigDecimal rate, BigDecimal fromPass, BigDecimal toPass, boolean onlyAbovePass,
                        boolean cadreOnly) {

    /** The base this contribution applies to for an annual gross pay. */
    BigDecimal base(BigDecimal gross, BigDecimal pass) {
        if (onlyAbovePass && gross.compareTo(pass) <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal from = fromPass.multiply(pass);
        BigDecimal to = toPass == null ? null : toPass.multiply(pass);
        return Money.slice(gross, from, to);
    }
}
