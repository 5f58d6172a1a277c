package dev.boucle.portal;

import java.io.Serializable;

/**
 * A candidate signed in through a link, as their session holds it. {@code actingFor}: the staff
 * member who sent the link; what the candidate books or reads through other modules is done on
 * their behalf, which is also what the record shows as the publisher of a booked plan.
 */
record PortalVisitor(long candidateId, long linkId, long actingFor) implements Serializable {

    static final String SESSION_KEY = "boucle.portal.visitor";
}
