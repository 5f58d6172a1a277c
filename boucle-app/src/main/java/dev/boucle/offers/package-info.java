/**
 * Offers: compensation bands per track, level and office (data an admin replaces), offers built
 * on applications that reached OFFER, approvals by named people when an offer leaves its band or
 * passes a threshold, the offer compared net of tax in every office (boucle-comp), and the letter.
 *
 * <p>Accepting an offer hires the candidate in the same transaction
 * ({@code MovingApplications.move}): if hiring refuses (an application on hold), the acceptance
 * rolls back, so an accepted offer and a hired candidate never disagree.
 */
@org.jspecify.annotations.NullMarked
package dev.boucle.offers;
