package dev.boucle.portal;

import dev.boucle.platform.CandidateLanguage;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** The candidate's language as they last chose it on their portal (English until they choose), for other modules' mail. */
@Component
class PreferredLanguage implements CandidateLanguage {

    private final Preferences preferences;

    PreferredLanguage(Preferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale of(long candidateId) {
        return preferences.of(candidateId).locale();
    }
}
