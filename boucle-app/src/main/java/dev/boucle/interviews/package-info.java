/**
 * Interviews: the plan of each round (panel, time, mode, language, AI-tool policy, question),
 * the question bank, interview kits, scorecards kept independent until a stage's panel is in,
 * the final review with votes and a decision by a named person, and calibration.
 *
 * <p>Calls into hiring that must share the caller's transaction: the last scorecard of a panel
 * completes the round ({@code MovingApplications.completeFromScorecards}) and a decision moves
 * the application or adds rounds ({@code moveDecided}, {@code addRounds}), so that a scorecard
 * or a decision is never recorded without its effect on the loop, nor the reverse. Everything
 * else hiring says reaches interviews as {@code ApplicationMoved}, after the commit.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.interviews;
