/**
 * What candidates see: sign-in by a signed link sent by staff, their applications and where each
 * stands, their interviews in their own zone, plans for a whole stage to book themselves (the
 * scheduling module computes and books them), preparation guides per track and round type (data
 * admins replace), practice on the interviews' own judge (the coding module's practice set), the
 * privacy notice of their office, and withdrawing. Nothing under {@code /portal} or
 * {@code /api/v1/portal} opens with a staff session or token: only the link's session does.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.portal;
