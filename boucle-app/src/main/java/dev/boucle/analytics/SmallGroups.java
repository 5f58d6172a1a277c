package dev.boucle.analytics;

/**
 * The privacy floor of every report: a figure about fewer than {@value #MINIMUM} people is
 * withheld or merged, because a count of two in one office and one month names them to anyone
 * who was there. Zero is shown: it is nobody.
 */
final class SmallGroups {

    static final int MINIMUM = 5;

    private SmallGroups() {}

    /** Whether a group of this size may be shown. */
    static boolean shown(long people) {
        return people == 0 || people >= MINIMUM;
    }
}
