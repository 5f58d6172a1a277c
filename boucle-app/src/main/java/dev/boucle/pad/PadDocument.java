package dev.boucle.pad;

/** The document as the server holds it: its text, its version (accepted changes) and its language. */
public record PadDocument(long roundId, String language, String text, int version, long seq) {}
