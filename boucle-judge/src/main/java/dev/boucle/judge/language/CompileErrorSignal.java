package dev.boucle.judge.language;

/**
 * How a language whose run command compiles the source itself (Python: one sandbox per
 * submission instead of a syntax-check sandbox and then a run one) says that the source did not
 * compile: the run exits with {@code exitCode} and the first line of its stderr is {@code marker};
 * the rest of stderr is the compiler's message, reported as CE.
 *
 * <p>A program that compiled could print the marker and exit with the code on purpose; it would
 * only turn its own result into a CE, so the signal needs no secret.
 */
public record CompileErrorSignal(int exitCode, String marker) {
    public CompileErrorSignal {
        if (exitCode < 1 || exitCode > 125) {
            throw new IllegalArgumentException("compile error exit code must be 1-125 (above are signals): " + exitCode);
        }
        if (marker == null || marker.isBlank() || marker.contains("\n")) {
            throw new IllegalArgumentException("compile error marker must be one non-blank line");
        }
    }

    /** Whether a run that exited with {@code exit} and wrote {@code stderr} reports a compile error. */
    public boolean matches(int exit, String stderr) {
        return exit == exitCode && (stderr.startsWith(marker + "\n") || stderr.equals(marker));
    }

    /** The compiler's message: stderr after the marker line. */
    public String message(String stderr) {
        return stderr.length() <= marker.length() ? "" : stderr.substring(marker.length() + 1);
    }
}
