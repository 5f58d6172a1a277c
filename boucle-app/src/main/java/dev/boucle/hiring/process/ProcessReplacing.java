package dev.boucle.hiring.process;

/**
 * A process file has been read and is about to replace the one in force, in the transaction of the
 * replacement. Published so that other modules can hold it to their own rules (the privacy module:
 * where each office's candidates' data may live); a listener refuses it by throwing, which rolls the
 * replacement back and leaves the old process in force.
 */
public record ProcessReplacing(HiringProcess process) {}
