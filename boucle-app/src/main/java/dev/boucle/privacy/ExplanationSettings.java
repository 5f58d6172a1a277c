package dev.boucle.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When an explanation is due ({@code boucle.explanations.days}): the GDPR gives a controller one
 * month to answer a data subject's request (Art. 12(3)); 30 days keeps inside it in every month.
 *
 * @param days days from the request to its due date; 30 by default
 */
@ConfigurationProperties("boucle.explanations")
record ExplanationSettings(Integer days) {

    ExplanationSettings {
        if (days == null) days = 30;
        if (days < 1) throw new IllegalArgumentException("boucle.explanations.days must be at least 1, was " + days);
    }
}
