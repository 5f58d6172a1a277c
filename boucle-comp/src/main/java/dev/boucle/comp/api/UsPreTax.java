package dev.boucle.comp.api;

import java.math.BigDecimal;

/**
 * Amounts a US employee has taken from pay before tax, per year: a traditional 401(k) elective
 * deferral (not exempt from FICA), HSA contributions through the employer's cafeteria plan and
 * other section 125 salary reductions such as health premiums (both exempt from FICA). The
 * yearly limits depend on the year and are checked by the calculator against the rule file.
 */
public record UsPreTax(BigDecimal k401, BigDecimal hsa, BigDecimal section125) {

    public static final UsPreTax NONE = new UsPreTax(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

    public UsPreTax {
        for (BigDecimal amount : new BigDecimal[] {k401, hsa, section125}) {
            if (amount == null || amount.signum() < 0) {
                throw new IllegalArgumentException("pre-tax amounts must be 0 or more");
            }
        }
    }

    public BigDecimal total() {
        return k401.add(hsa).add(section125);
    }
}
