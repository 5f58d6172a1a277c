package dev.boucle.judge.submission;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The files of one submission, by name. Names become paths inside the sandbox (/src/NAME) and
 * arguments of compile commands, so only plain names pass: letters, digits, '_', '-', '.', '+',
 * no separator, no "..", not starting with a dot or a dash (a dash would read as a compiler option).
 *
 * @param named false for a single file whose name the judge chooses (the language's source file,
 *              or for Java the name its public class requires); true when the caller's names count
 */
public record SourceFiles(Map<String, byte[]> files, boolean named) {
    /** More files than any real submission has; a bound on the work one submission asks for. */
    public static final int MAX_FILES = 64;
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+-]{0,99}");

    public SourceFiles {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a submission needs at least one source file");
        }
        if (files.size() > MAX_FILES) {
            throw new IllegalArgumentException("a submission has at most " + MAX_FILES + " files, not " + files.size());
        }
        for (String name : files.keySet()) {
            checkName(name);
        }
        files = Collections.unmodifiableMap(new TreeMap<>(files));
    }

    /** One file whose name the judge picks. */
    public static SourceFiles single(byte[] source) {
        return new SourceFiles(Map.of("source", source), false);
    }

    /** Files under the caller's names, e.g. main.cpp, util.h and util.cpp. */
    public static SourceFiles of(Map<String, byte[]> files) {
        return new SourceFiles(files, true);
    }

    public static void checkName(String name) {
        if (name == null || !SAFE_NAME.matcher(name).matches() || name.contains("..")) {
            throw new IllegalArgumentException("bad source file name '" + printable(name)
                    + "': use a plain name (letters, digits, _ - . +), no '/' or '..'");
        }
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    public long totalBytes() {
        return files.values().stream().mapToLong(b -> b.length).sum();
    }

    /** The only file's content, for a one-file submission. */
    public byte[] only() {
        if (files.size() != 1) {
            throw new IllegalStateException("not a one-file submission");
        }
        return files.values().iterator().next();
    }

    private static String printable(String name) {
        if (name == null) {
            return "null";
        }
        String clipped = name.length() > 80 ? name.substring(0, 80) + "..." : name;
        return clipped.replaceAll("\\p{Cntrl}", "?");
    }
}
