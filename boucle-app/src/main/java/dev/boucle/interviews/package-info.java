/**
 * Interviews: the plan of each round (panel, time, mode, language, AI-tool policy, question),
 * the question bank, interview kits, scorecards kept independent until a stage's panel is in,
 * the final review with votes and a decision by a named person, and calibration.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.interviews;
