package dev.boucle.comp.rules;

import java.math.BigDecimal;

/** One band of a progressive scale: {@code rate} applies to the income above {@code from} (up to the next band). */
public record Band(BigDecimal from, BigDecimal rate, String name) { }
