package dev.boucle.judge.language;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One language as configured in languages.yaml. Commands are argv templates; see
 * {@link CommandTemplate} for the placeholders they may use.
 *
 * @param extraTimeMs   added to the problem's CPU limit (JVM start-up and JIT threads cost CPU)
 * @param extraMemoryMb added to the cgroup limit only, for runtime overhead outside the heap
 * @param memoryErrorMarkers stderr fragments that mean the runtime ran out of memory (MLE, not RE)
 * @param function      how function problems are run in this language, when they are
 * @param sourceExtensions which files of a multi-file submission the compile step receives
 *                      through {@code {sources}} (e.g. .cpp, not .h); by default the extension of
 *                      {@code sourceFile}
 * @param compileErrorInRun set when the run command compiles the source itself (no compile step):
 *                      how such a run says the source does not compile (CE)
 */
public record Language(
        String id,
        String name,
        String sourceFile,
        Optional<CompileStep> compile,
        List<String> run,
        List<String> binds,
        Map<String, String> env,
        int extraTimeMs,
        int extraMemoryMb,
        int maxProcesses,
        List<String> memoryErrorMarkers,
        Optional<FunctionHarness> function,
        List<String> sourceExtensions,
        Optional<CompileErrorSignal> compileErrorInRun) {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public Language {
        if (id == null || !SIMPLE_NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("language id must be a simple name: " + id);
        }
        // The source file name becomes a path inside the sandbox, so no separators or "..".
        if (sourceFile == null || !SIMPLE_NAME.matcher(sourceFile).matches()) {
            throw new IllegalArgumentException("sourceFile of " + id + " must be a plain file name");
        }
        if (run == null || run.isEmpty()) {
            throw new IllegalArgumentException("run command of " + id + " is empty");
        }
        run = List.copyOf(run);
        binds = List.copyOf(binds);
        env = Map.copyOf(env);
        memoryErrorMarkers = List.copyOf(memoryErrorMarkers);
        sourceExtensions = sourceExtensions == null || sourceExtensions.isEmpty()
                ? List.of(extensionOf(sourceFile)) : List.copyOf(sourceExtensions);
        if (extraTimeMs < 0 || extraMemoryMb < 0 || maxProcesses <= 0) {
            throw new IllegalArgumentException("limits of " + id + " must not be negative");
        }
    }

    /** With the default source extension and no compile check in the run, as tests and older callers build languages. */
    public Language(String id, String name, String sourceFile, Optional<CompileStep> compile, List<String> run,
                    List<String> binds, Map<String, String> env, int extraTimeMs, int extraMemoryMb, int maxProcesses,
                    List<String> memoryErrorMarkers, Optional<FunctionHarness> function) {
        this(id, name, sourceFile, compile, run, binds, env, extraTimeMs, extraMemoryMb, maxProcesses,
                memoryErrorMarkers, function, List.of(), Optional.empty());
    }

    /** Without function support, as tests and older callers build languages. */
    public Language(String id, String name, String sourceFile, Optional<CompileStep> compile, List<String> run,
                    List<String> binds, Map<String, String> env, int extraTimeMs, int extraMemoryMb, int maxProcesses,
                    List<String> memoryErrorMarkers) {
        this(id, name, sourceFile, compile, run, binds, env, extraTimeMs, extraMemoryMb, maxProcesses,
                memoryErrorMarkers, Optional.empty());
    }

    /**
     * This language as it builds a function submission: the candidate's file is the harness's
     * solution file and the compile step builds both. Empty when the language has no harness.
     */
    public Optional<Language> forFunctionHarness() {
        return function.map(h -> new Language(id, name, h.solutionFile(), Optional.of(h.compile()), run, binds, env,
                extraTimeMs, extraMemoryMb, maxProcesses, memoryErrorMarkers, function, sourceExtensions, compileErrorInRun));
    }

    /** Whether a file of a multi-file submission is one the compile step gets in {@code {sources}}. */
    public boolean compiles(String fileName) {
        return sourceExtensions.stream().anyMatch(fileName::endsWith);
    }

    /**
     * Whether the commands name {@code /src/<sourceFile>} itself (Python runs main.py), so that a
     * multi-file submission must contain that file; compilers given {@code {sources}} do not care.
     */
    public boolean needsSourceFile() {
        String path = "/src/" + sourceFile;
        return run.stream().anyMatch(a -> a.contains(path))
                || compile.map(c -> c.command().stream().anyMatch(a -> a.contains(path))).orElse(false);
    }

    /** Whether the run command names the class to start ({@code {mainClass}}), found in the sources. */
    public boolean startsMainClass() {
        return run.stream().anyMatch(a -> a.contains("{mainClass}"));
    }

    private static String extensionOf(String file) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file : file.substring(dot);
    }

    public boolean reportsOutOfMemory(String stderr) {
        return memoryErrorMarkers.stream().anyMatch(stderr::contains);
    }
}
