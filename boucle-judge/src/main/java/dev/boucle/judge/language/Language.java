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
        if (extraTimeMs < 0 || extraMemoryMb < 0 || maxProcesses <= 0) {
            throw new IllegalArgumentException("limits of " + id + " must not be negative");
        }
    }

    /** Without a compile check in the run, as tests and older callers build languages. */
    public Language(String id, String name, String sourceFile, Optional<CompileStep> compile, List<String> run,
                    List<String> binds, Map<String, String> env, int extraTimeMs, int extraMemoryMb, int maxProcesses,
                    List<String> memoryErrorMarkers, Optional<FunctionHarness> function) {
        this(id, name, sourceFile, compile, run, binds, env, extraTimeMs, extraMemoryMb, maxProcesses,
                memoryErrorMarkers, function, Optional.empty());
    }

    /** Without function support, as tests and older callers build languages. */
    public Language(String id, String name, String sourceFile, Optional<CompileStep> compile, List<String> run,
                    List<String> binds, Map<String, String> env, int extraTimeMs, int extraMemoryMb, int maxProcesses,
                    List<String> memoryErrorMarkers) {
        this(id, name, sourceFile, compile, run, binds, env, extraTimeMs, extraMemoryMb, maxProcesses,
                memoryErrorMarkers, Optional.empty(), Optional.empty());
    }

    /**
     * This language as it builds a function submission: the candidate's file is the harness's
     * solution file and the compile step builds both. Empty when the language has no harness.
     */
    public Optional<Language> forFunctionHarness() {
        return function.map(h -> new Language(id, name, h.solutionFile(), Optional.of(h.compile()), run, binds, env,
                extraTimeMs, extraMemoryMb, maxProcesses, memoryErrorMarkers, function, compileErrorInRun));
    }

    public boolean reportsOutOfMemory(String stderr) {
        return memoryErrorMarkers.stream().anyMatch(stderr::contains);
    }
}
