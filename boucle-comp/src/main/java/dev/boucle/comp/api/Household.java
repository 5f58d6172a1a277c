package dev.boucle.comp.api;

/** France taxes the household: a couple files jointly (married or PACS). */
public enum Household { SINGLE, COUPLE }
