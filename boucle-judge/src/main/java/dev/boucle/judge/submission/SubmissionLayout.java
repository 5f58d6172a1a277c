package dev.boucle.judge.submission;

import dev.boucle.judge.language.Language;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a submission's files sit in /src for a language: their names, the ones the compile step
 * gets through {@code {sources}}, and for Java the class to start. A one-file submission takes the
 * language's file name (Java: the name its public class requires, so that {@code public class
 * Solver} compiles); a multi-file one keeps the caller's names.
 */
public final class SubmissionLayout {

    /** What the files are: ready to compile, or refused as a CE with the reason. */
    public sealed interface Result permits Ready, Refused {
    }

    /**
     * @param files     name in /src to content
     * @param sources   the {@code {sources}} arguments, /src/NAME each
     * @param mainClass the class to start, or the reason there is none (told after javac's own errors)
     */
    public record Ready(Map<String, byte[]> files, List<String> sources, MainClass mainClass) implements Result {
    }

    public record Refused(String reason) implements Result {
    }

    /** Java's entry point: a class name, or a CE explaining why none could be chosen. */
    public sealed interface MainClass permits Found, NotFound {
    }

    public record Found(String name) implements MainClass {
    }

    public record NotFound(String reason) implements MainClass {
    }

    private SubmissionLayout() {
    }

    public static Result of(Language language, SourceFiles submission) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (!submission.named()) {
            files.put(singleFileName(language, submission.only()), submission.only());
        } else {
            files.putAll(submission.files());
            if (language.needsSourceFile() && !files.containsKey(language.sourceFile())) {
                return new Refused("a multi-file " + language.id() + " submission needs a file named "
                        + language.sourceFile() + " (the one that is run); got " + String.join(", ", files.keySet()));
            }
        }
        List<String> sources = new ArrayList<>();
        for (String name : files.keySet()) {
            if (language.compiles(name)) {
                sources.add("/src/" + name);
            }
        }
        if (sources.isEmpty() && !language.needsSourceFile()) {
            return new Refused("no " + String.join(" or ", language.sourceExtensions()) + " file in the submission ("
                    + String.join(", ", files.keySet()) + ")");
        }
        MainClass main = language.startsMainClass() ? javaMainClass(language, files) : new Found("Main");
        return new Ready(files, sources, main);
    }

    private static String singleFileName(Language language, byte[] source) {
        if (language.startsMainClass()) {
            return JavaSourceScan.of(text(source)).publicType().map(t -> t + ".java").orElse(language.sourceFile());
        }
        return language.sourceFile();
    }

    private static MainClass javaMainClass(Language language, Map<String, byte[]> files) {
        List<String> mains = new ArrayList<>();
        for (var file : files.entrySet()) {
            if (language.compiles(file.getKey())) {
                mains.addAll(JavaSourceScan.of(text(file.getValue())).mainTypes());
            }
        }
        if (mains.isEmpty()) {
            return new NotFound("no class declares a main method (public static void main(String[] args)),"
                    + " so there is nothing to run");
        }
        if (mains.size() > 1) {
            return new NotFound("several classes declare a main method (" + String.join(", ", mains)
                    + "); keep one so the judge knows which to run");
        }
        return new Found(mains.get(0));
    }

    private static String text(byte[] source) {
        return new String(source, StandardCharsets.UTF_8);
    }
}
