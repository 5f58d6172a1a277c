package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

/** A kind of interview round from the catalogue, e.g. ML_CODING or BEHAVIORAL. */
public record RoundType(String key, Text name, Text purpose, AiPolicy defaultAiPolicy) {}
