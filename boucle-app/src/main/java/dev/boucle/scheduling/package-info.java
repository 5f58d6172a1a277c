/**
 * Scheduling: interviewer profiles and busy times (iCalendar uploads and feeds, manual blocks),
 * the candidate's availability, "plan this loop" on the boucle-scheduler engine in the
 * background, publishing with .ics invitations, re-planning after a decline, and week views.
 *
 * <p>Publishing a plan writes each round's panel and start through interviews
 * ({@code InterviewPlanning.planWithoutMail}) in the publishing transaction, so the invitations
 * sent and the interviews' own plan never disagree. The solver's commitments (who is booked,
 * who met the candidate) are read through {@code InterviewCalendar} and hiring's {@code Panels},
 * each in one batch.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.scheduling;
