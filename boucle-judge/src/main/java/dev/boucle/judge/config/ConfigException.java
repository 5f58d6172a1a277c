package dev.boucle.judge.config;

/** A configuration or problem file is missing, unreadable or malformed; the message is one line. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
