/**
 * The live pad of a coding round: one document that the candidate and the interviewers edit
 * together (CodeMirror's collaboration protocol, the server the authority), over WebSocket or
 * long polling, across nodes through PostgreSQL's LISTEN/NOTIFY; the round's AI-tool policy
 * enforced (signals recorded, the assistant allowed or refused), a timeline to play back, and an
 * integrity summary worded as signals for people to weigh. Runs go to the coding module's judge
 * queue; the pad's link and problem are the coding module's.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.pad;
