package dev.boucle.judge.language;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How a language runs function problems: the candidate's file, the harness templates that call
 * it (resources under dev/boucle/judge/function/LANGUAGE/), how generated code spells each value
 * type, and the compile step that builds harness and solution together. The run command is the
 * language's own.
 *
 * @param solutionFile the candidate's source file name inside /src
 * @param harnessFiles template resources, each copied to /src under the same name once filled in
 * @param declare      per-parameter statement run before the call ({type}, {i}); may be empty
 * @param argument     per-parameter call argument ({type}, {i})
 * @param types        this language's spelling of each problem.yaml type
 */
public record FunctionHarness(String solutionFile, List<String> harnessFiles, String declare, String argument,
                              Map<String, String> types, CompileStep compile) {
    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public FunctionHarness {
        harnessFiles = List.copyOf(harnessFiles);
        types = Map.copyOf(types);
        if (solutionFile == null || !SIMPLE_NAME.matcher(solutionFile).matches()) {
            throw new IllegalArgumentException("function solutionFile must be a plain file name");
        }
        if (harnessFiles.isEmpty() || !harnessFiles.stream().allMatch(f -> SIMPLE_NAME.matcher(f).matches())
                || harnessFiles.contains(solutionFile)) {
            throw new IllegalArgumentException("function harness files must be plain names, other than the solution's");
        }
    }
}
