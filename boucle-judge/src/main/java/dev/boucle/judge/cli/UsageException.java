package dev.boucle.judge.cli;

/** Bad arguments or an unusable problem: one line on stderr, exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
