package dev.boucle.judge.kattis;

/** A package that cannot be imported or a problem that cannot be exported; the message says why. */
public class PackageException extends RuntimeException {
    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
