/**
 * Privacy and compliance. So far: the audit log of staff access to candidate data, append-only
 * and hash-chained, searchable by candidate and by user, and verifiable. Retention, export,
 * erasure and the AI Act records build on it (issue 14).
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.privacy;
