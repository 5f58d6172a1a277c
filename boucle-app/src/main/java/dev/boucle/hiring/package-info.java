/**
 * Hiring: jobs, candidates, applications and their way through the loop (the pipeline).
 * The process itself (tracks, stages, offices) is the {@code process} named interface.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.hiring;
