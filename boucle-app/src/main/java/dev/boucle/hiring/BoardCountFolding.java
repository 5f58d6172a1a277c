package dev.boucle.hiring;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the board's count changes (appended by the applications triggers) into the counter
 * rows, so a board sums a few rows however many moves a job has seen. Safe on several nodes:
 * the database function folds under an advisory lock, and each change is deleted in the same
 * transaction that counts it. The board is exact whether or not a fold has run.
 */
@Component
class BoardCountFolding {

    /** Changes folded per transaction: small enough to keep each fold short. */
    static final int BATCH = 5000;
    private final JdbcClient jdbc;

    BoardCountFolding(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(fixedDelayString = "${boucle.hiring.count-fold-ms:2000}", initialDelayString = "${boucle.hiring.count-fold-ms:2000}")
    void foldRecent() {
        // A burst of writes may leave more than one batch: keep folding, a bounded number of times.
        for (int folds = 0; folds < 20; folds++) {
            if (fold() < BATCH) return;
        }
    }

    /** One fold, in its own transaction (auto-commit); how many changes it folded. */
    long fold() {
        return jdbc.sql("select job_stage_counts_fold(?)").param(BATCH).query(Long.class).single();
    }
}
