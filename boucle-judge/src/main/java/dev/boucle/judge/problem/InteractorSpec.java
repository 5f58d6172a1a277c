package dev.boucle.judge.problem;

import java.nio.file.Path;

/**
 * An interactive problem's interactor: the author's program, run in its own sandbox beside the
 * submission as {@code interactor INPUT ANSWER FEEDBACK_DIR/} (Kattis protocol), its stdout
 * being the submission's stdin and the submission's stdout its stdin.
 *
 * @param program  the source inside the problem folder
 * @param language one of the configured language ids
 */
public record InteractorSpec(Path program, String language) {
}
