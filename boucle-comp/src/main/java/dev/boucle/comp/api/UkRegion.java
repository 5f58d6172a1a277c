package dev.boucle.comp.api;

/** ENG covers England, Wales and Northern Ireland (same bands); SCT is a Scottish taxpayer. */
public enum UkRegion { ENG, SCT }
