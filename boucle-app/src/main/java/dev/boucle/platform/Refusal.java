package dev.boucle.platform;

/** Something Boucle refused, with the message key (and its arguments) that says why. */
public interface Refusal {

    String messageKey();

    Object[] args();
}
