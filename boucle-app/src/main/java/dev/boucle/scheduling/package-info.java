/**
 * Scheduling: interviewer profiles and busy times (iCalendar uploads and feeds, manual blocks),
 * the candidate's availability, "plan this loop" on the boucle-scheduler engine in the
 * background, publishing with .ics invitations, re-planning after a decline, and week views.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.scheduling;
