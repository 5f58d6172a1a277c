package dev.boucle.comp.api;

import java.math.BigDecimal;

/** Where a computation starts: the gross pay, or directly the amount the tax scale applies to. */
public sealed interface Start {

    BigDecimal amount();

    /** Gross annual pay before any contribution. */
    record Gross(BigDecimal amount) implements Start { }

    /** The income the scale applies to, after every deduction and allowance. */
    record Taxable(BigDecimal amount) implements Start { }
}
