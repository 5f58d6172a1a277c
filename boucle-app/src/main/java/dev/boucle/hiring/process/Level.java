package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

/** A seniority level such as L5 (Senior). */
public record Level(String key, Text name) {}
