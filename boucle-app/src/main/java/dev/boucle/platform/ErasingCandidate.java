package dev.boucle.platform;

/**
 * Published, synchronously and inside the erasure's transaction, when a candidate is erased (GDPR
 * Art. 17) or anonymised by a retention rule. Every module that holds personal data listens and
 * erases or anonymises its own tables, so the whole erasure commits or none of it does, and a new
 * module joins by listening rather than by the privacy module learning its tables. The event lives
 * here rather than in {@code privacy} because privacy reads the other modules, which must not
 * depend on it in turn.
 *
 * <p>Append-only tables allow the redaction of their free-text columns during this transaction
 * only (their triggers read the {@code boucle.erasing} setting the privacy module sets locally).
 */
public record ErasingCandidate(DataSubject subject) {}
