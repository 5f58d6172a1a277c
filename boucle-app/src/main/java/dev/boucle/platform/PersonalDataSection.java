package dev.boucle.platform;

/**
 * What one module holds on a person, for the data-subject export (GDPR Art. 15). Each module that
 * keeps personal data has one; the privacy module gathers them all, so the export cannot forget a
 * module that declares one, and a test checks that every module owning tables does.
 */
public interface PersonalDataSection {

    /** The section's key in the export, e.g. {@code "scorecards"}; unique across modules. */
    String section();

    /** Everything held, as JSON-ready values: records, maps, lists, strings, numbers, instants. */
    Object export(DataSubject subject);
}
