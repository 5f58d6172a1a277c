package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

/** One round a stage of a track plans: its type, length, AI policy and focus in this track. */
public record RoundTemplate(String type, int minutes, AiPolicy aiPolicy, Text focus) {}
