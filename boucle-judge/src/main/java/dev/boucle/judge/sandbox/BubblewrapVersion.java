package dev.boucle.judge.sandbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsed "bubblewrap X.Y.Z", used to skip options older releases do not know. */
public record BubblewrapVersion(int major, int minor) {
    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)");

    public static BubblewrapVersion parse(String text) {
        Matcher m = VERSION.matcher(text);
        return m.find() ? new BubblewrapVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                : new BubblewrapVersion(0, 0);
    }

    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
