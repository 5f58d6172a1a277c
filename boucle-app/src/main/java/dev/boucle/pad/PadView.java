package dev.boucle.pad;

/** The pad as one participant may see it: who they are, the document as the server holds it, whether it takes edits. */
public record PadView(Participant who, PadDocument document, boolean open) {}
