package dev.boucle.platform;

import java.util.Locale;

/**
 * The language a candidate chose to be written to in (the portal keeps it). A contract here
 * because the modules that write to candidates may not depend on the portal, which depends on them.
 */
public interface CandidateLanguage {

    Locale of(long candidateId);
}
