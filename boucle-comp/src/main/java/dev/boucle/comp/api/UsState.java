package dev.boucle.comp.api;

/** States modelled; NONE means federal and payroll taxes only (as in a state without income tax). */
public enum UsState { NONE, CA, NY }
