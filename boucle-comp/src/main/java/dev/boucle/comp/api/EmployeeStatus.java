package dev.boucle.comp.api;

/** France: a cadre pays the Apec contribution, a non-cadre does not; every other employee contribution is the same. */
public enum EmployeeStatus { CADRE, NON_CADRE }
