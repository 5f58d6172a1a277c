package dev.boucle.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the records of computed results are kept ({@code boucle.ai-records.months}). The AI
 * Act wants a deployer's logs kept at least six months (Art. 26(6)), so a shorter setting stops
 * Boucle at start-up rather than quietly dropping records the law requires.
 *
 * @param months months a record is kept after it is made; 24 by default, at least 6
 */
@ConfigurationProperties("boucle.ai-records")
record AiRecordSettings(Integer months) {

    static final int LEAST = 6;

    AiRecordSettings {
        if (months == null) months = 24;
        if (months < LEAST) {
            throw new IllegalArgumentException("boucle.ai-records.months is " + months + ": the EU AI Act (Art. 26(6)) wants the logs"
                    + " of computed results kept at least " + LEAST + " months; set it to " + LEAST + " or more");
        }
    }
}
