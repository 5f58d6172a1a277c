package dev.boucle.hiring.process;

/** A seniority level such as L5 (Senior). */
public record Level(String key, Text name) {}
