package dev.boucle.judge.function;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a harness said on its result channel during one launch. Each line starts with the run's
 * nonce; lines without it are ignored (they cannot come from the harness).
 * <pre>
 *   NONCE B k                      test k begins
 *   NONCE R k cpuUs wallUs JSON    test k returned JSON
 *   NONCE E k cpuUs wallUs "msg"   test k threw
 *   NONCE T k cpuUs wallUs         test k ran out of its CPU budget (the harness then exits)
 *   NONCE F "msg"                  the solution could not even be loaded
 *   NONCE D                        every test ran
 * </pre>
 * k counts from 0 within the launch.
 */
public record HarnessReport(Map<Integer, Outcome> outcomes, int lastBegun, Optional<String> fatal, boolean done) {

    /** How one test ended according to the harness. */
    public sealed interface Outcome permits Returned, Raised, TimedOut {
        long cpuUs();

        long wallUs();
    }

    /** @param json the raw returned value, parsed and checked on the host */
    public record Returned(long cpuUs, long wallUs, String json) implements Outcome {
    }

    public record Raised(long cpuUs, long wallUs, String message) implements Outcome {
    }

    public record TimedOut(long cpuUs, long wallUs) implements Outcome {
    }

    public HarnessReport {
        outcomes = Map.copyOf(outcomes);
    }

    public static HarnessReport parse(byte[] stdout, String nonce) {
        Map<Integer, Outcome> outcomes = new LinkedHashMap<>();
        int lastBegun = -1;
        Optional<String> fatal = Optional.empty();
        boolean done = false;
        String prefix = nonce + " ";
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            if (!line.startsWith(prefix)) {
                continue;
            }
            String[] f = line.substring(prefix.length()).split(" ", 5);
            try {
                switch (f[0]) {
                    case "B" -> lastBegun = Integer.parseInt(f[1]);
                    case "R" -> outcomes.putIfAbsent(Integer.parseInt(f[1]),
                            new Returned(Long.parseLong(f[2]), Long.parseLong(f[3]), f.length > 4 ? f[4] : ""));
                    case "E" -> outcomes.putIfAbsent(Integer.parseInt(f[1]),
                            new Raised(Long.parseLong(f[2]), Long.parseLong(f[3]), f.length > 4 ? unquote(f[4]) : ""));
                    case "T" -> outcomes.putIfAbsent(Integer.parseInt(f[1]),
                            new TimedOut(Long.parseLong(f[2]), Long.parseLong(f[3])));
                    case "F" -> fatal = Optional.of(unquote(line.substring(prefix.length() + 2)));
                    case "D" -> done = true;
                    default -> {
                        // Unknown line kinds are ignored: they only come from a newer harness.
                    }
                }
            } catch (RuntimeException e) {
                // A malformed line is treated as missing; the test then gets the run's verdict.
            }
        }
        return new HarnessReport(outcomes, lastBegun, fatal, done);
    }

    /** Messages are JSON strings; shown as text, never interpreted. */
    private static String unquote(String json) {
        String s = json.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s.length() > 300 ? s.substring(0, 300) : s;
    }
}
