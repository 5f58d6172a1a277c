package dev.boucle.interviews;

import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.interviews.rubric.Rubrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Checks the rubrics and fills an empty question bank from the shipped file, once. */
@Component
class QuestionBankSeeding {

    private static final Logger log = LoggerFactory.getLogger(QuestionBankSeeding.class);
    private final QuestionBank bank;
    private final Rubrics rubrics;

    QuestionBankSeeding(QuestionBank bank, Rubrics rubrics) {
        this.bank = bank;
        this.rubrics = rubrics;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        int rubricCount = rubrics.all().size();
        int added = bank.seedIfEmpty();
        if (added > 0) log.info("Question bank filled with {} shipped questions ({} rubrics)", added, rubricCount);
    }
}
