package dev.boucle.judge.submission;

import dev.boucle.judge.verdict.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The verdicts a self-test submission says it should get, from where it sits or what it says:
 * a Kattis / ICPC package folder ({@code submissions/wrong_answer/x.py}), this repository's bank
 * ({@code solutions/} is AC, {@code wrong/tle-quadratic.py} is TLE) or a DOMjudge marker in the
 * source ({@code @EXPECTED_RESULTS@: WRONG-ANSWER, TIMELIMIT}, any of which passes). The marker
 * wins over the folder, the nearest folder over farther ones.
 */
public final class ExpectedVerdict {
    private static final Map<String, Verdict> FOLDERS = Map.ofEntries(
            Map.entry("accepted", Verdict.AC), Map.entry("solutions", Verdict.AC),
            Map.entry("wrong_answer", Verdict.WA), Map.entry("time_limit_exceeded", Verdict.TLE),
            Map.entry("run_time_error", Verdict.RE), Map.entry("runtime_error", Verdict.RE),
            Map.entry("memory_limit_exceeded", Verdict.MLE), Map.entry("output_limit_exceeded", Verdict.OLE),
            Map.entry("compile_error", Verdict.CE));
    /** DOMjudge's result names; NO-OUTPUT is a wrong answer here. */
    private static final Map<String, Verdict> DOMJUDGE = Map.of(
            "CORRECT", Verdict.AC, "WRONG-ANSWER", Verdict.WA, "NO-OUTPUT", Verdict.WA, "TIMELIMIT", Verdict.TLE,
            "RUN-ERROR", Verdict.RE, "COMPILER-ERROR", Verdict.CE, "OUTPUT-LIMIT", Verdict.OLE,
            "MEMORY-LIMIT", Verdict.MLE);
    private static final Pattern MARKER = Pattern.compile("@EXPECTED_RESULTS@:?\\s*([A-Za-z, _-]+)");
    private static final Pattern BANK_PREFIX = Pattern.compile("^(ac|wa|tle|re|mle|ole|ce)[-_.]", Pattern.CASE_INSENSITIVE);

    private ExpectedVerdict() {
    }

    /** Folder names that hold submissions rather than being one (a multi-file submission). */
    public static boolean isVerdictFolder(String name) {
        return FOLDERS.containsKey(name.toLowerCase(Locale.ROOT)) || name.equals("wrong") || name.equals("submissions");
    }

    /**
     * @param path    the submission's path (a file or a multi-file folder)
     * @param sources its files' contents, searched for a DOMjudge marker
     * @return empty when nothing says what to expect
     */
    public static Set<Verdict> of(Path path, List<byte[]> sources) {
        for (byte[] source : sources) {
            Matcher m = MARKER.matcher(new String(source, StandardCharsets.UTF_8));
            if (m.find()) {
                Set<Verdict> marked = new LinkedHashSet<>();
                for (String name : m.group(1).split(",")) {
                    Optional.ofNullable(DOMJUDGE.get(name.trim().toUpperCase(Locale.ROOT))).ifPresent(marked::add);
                }
                if (!marked.isEmpty()) {
                    return marked;
                }
            }
        }
        List<String> parts = new ArrayList<>();
        path.normalize().forEach(p -> parts.add(p.toString()));
        for (int i = parts.size() - 1; i >= 0; i--) {
            String part = parts.get(i);
            Verdict folder = FOLDERS.get(part.toLowerCase(Locale.ROOT));
            if (folder != null && i < parts.size() - 1) {
                return Set.of(folder);
            }
            if (part.equals("wrong") && i == parts.size() - 2) {
                Matcher prefix = BANK_PREFIX.matcher(parts.get(i + 1));
                if (prefix.find()) {
                    return Set.of(Verdict.valueOf(prefix.group(1).toUpperCase(Locale.ROOT)));
                }
            }
        }
        return Set.of();
    }
}
