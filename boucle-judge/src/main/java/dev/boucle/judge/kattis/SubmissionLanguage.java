package dev.boucle.judge.kattis;

import dev.boucle.judge.language.LanguageCatalog;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The judge language of a package's program, from its file extension as the Kattis language table has it. */
final class SubmissionLanguage {
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "py", "python", "py3", "python",
            "cpp", "cpp", "cc", "cpp", "cxx", "cpp", "c++", "cpp",
            "java", "java",
            "c", "c");

    private SubmissionLanguage() {
    }

    /** Empty when the extension is unknown or its language is not configured in this judge. */
    static Optional<String> of(String fileName, LanguageCatalog catalog) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) return Optional.empty();
        String id = BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(id).filter(l -> catalog.find(l).isPresent());
    }

    /** The extension a program of this language is saved with when a problem is exported. */
    static String extension(String language) {
        return switch (language) {
            case "python" -> "py";
            case "cpp" -> "cpp";
            case "java" -> "java";
            default -> language;
        };
    }
}
