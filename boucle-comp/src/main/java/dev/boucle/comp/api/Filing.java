package dev.boucle.comp.api;

/**
 * US filing status supported: single, married filing jointly (the spouse's wages, if any, given as
 * the partner's), head of household (unmarried, paying for a home for at least one dependent).
 */
public enum Filing { SINGLE, MFJ, HOH }
