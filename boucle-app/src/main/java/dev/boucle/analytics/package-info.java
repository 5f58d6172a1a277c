/**
 * Analytics: the funnel and its health (pass-through per stage, time in stage, time to hire
 * against the 5-8 week target, sources), computed from facts this module keeps itself from
 * hiring's events, never from another module's tables. A cut of fewer than five people is
 * merged or withheld, so a report cannot single out a candidate.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.analytics;
