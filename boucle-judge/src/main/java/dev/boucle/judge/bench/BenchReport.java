package dev.boucle.judge.bench;

import java.util.List;

/**
 * Bench figures per language; ratios above 1 are the sandbox's cost.
 *
 * @param method   how the figures were taken, in one paragraph
 * @param machine  where: CPU, cores, kernel, JDK, sandbox mode and load
 */
public record BenchReport(int tests, String method, Machine machine, List<LanguageFigures> languages,
                          List<FunctionFigures> functionProblems, List<String> notes) {

    /**
     * @param judgeWallMs     whole judge call: compile, every sandboxed test, checking
     * @param bareWallMs      the same steps without any sandbox
     * @param ratio           judgeWallMs / bareWallMs
     * @param overheadPerTestMs (judge - bare) / tests
     */
    public record LanguageFigures(String language, String verdict, long judgeWallMs, long bareWallMs, double ratio,
                                  double overheadPerTestMs, long iterationsPerTest) {
    }

    /** A function problem judged end to end (compile and one harness launch over every test). */
    public record FunctionFigures(String language, String verdict, int tests, long judgeWallMs, long compileWallMs) {
    }

    public record Machine(String cpu, int cores, String kernel, String jdk, String sandbox, boolean sandboxReused,
                          String loadAverageAtEnd) {
    }

    public String toText() {
        StringBuilder out = new StringBuilder("bench: " + tests + " tests per language\n");
        for (LanguageFigures f : languages) {
            out.append(String.format("  stdio    %-7s %-3s judge %6d ms  bare %6d ms  ratio %.3f  overhead/test %.1f ms%n",
                    f.language(), f.verdict(), f.judgeWallMs(), f.bareWallMs(), f.ratio(), f.overheadPerTestMs()));
        }
        for (FunctionFigures f : functionProblems) {
            out.append(String.format("  function %-7s %-3s judge %6d ms end to end (compile %d ms), %d tests%n",
                    f.language(), f.verdict(), f.judgeWallMs(), f.compileWallMs(), f.tests()));
        }
        out.append("method: ").append(method).append('\n');
        out.append(String.format("machine: %s, %d cores, Linux %s, JDK %s, %s, one sandbox per submission: %s, "
                        + "load average at end %s%n", machine.cpu(), machine.cores(), machine.kernel(), machine.jdk(),
                machine.sandbox(), machine.sandboxReused(), machine.loadAverageAtEnd()));
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }
}
