package dev.boucle.judge.bench;

import java.util.List;

/** Bench figures per language; ratios above 1 are the sandbox's cost. */
public record BenchReport(int tests, List<LanguageFigures> languages, List<String> notes) {

    /**
     * @param judgeWallMs     whole judge call: compile, every sandboxed test, checking
     * @param bareWallMs      the same steps without any sandbox
     * @param ratio           judgeWallMs / bareWallMs
     * @param overheadPerTestMs (judge - bare) / tests
     */
    public record LanguageFigures(String language, String verdict, long judgeWallMs, long bareWallMs, double ratio,
                                  double overheadPerTestMs, long iterationsPerTest) {
    }

    public String toText() {
        StringBuilder out = new StringBuilder("bench: " + tests + " tests per language\n");
        for (LanguageFigures f : languages) {
            out.append(String.format("  %-7s %-3s judge %6d ms  bare %6d ms  ratio %.3f  overhead/test %.1f ms%n",
                    f.language(), f.verdict(), f.judgeWallMs(), f.bareWallMs(), f.ratio(), f.overheadPerTestMs()));
        }
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }
}
