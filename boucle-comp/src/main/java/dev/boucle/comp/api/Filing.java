package dev.boucle.comp.api;

/** US filing status supported: single, or married filing jointly (one earner, the other without income). */
public enum Filing { SINGLE, MFJ }
