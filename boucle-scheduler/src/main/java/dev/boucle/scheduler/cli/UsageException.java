package dev.boucle.scheduler.cli;

/** Bad command-line input: reported as one line on stderr, exit status 2. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
