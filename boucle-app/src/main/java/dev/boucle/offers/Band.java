package dev.boucle.offers;

import java.math.BigDecimal;

/** The pay range of one track at one level in one office, in the office's currency. */
public record Band(String track, String level, String office, String currency, BigDecimal baseMin, BigDecimal baseMid,
        BigDecimal baseMax, BigDecimal bonusTargetPercent, BigDecimal equityMin, BigDecimal equityMax) {}
