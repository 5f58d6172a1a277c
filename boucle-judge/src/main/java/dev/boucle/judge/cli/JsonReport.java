package dev.boucle.judge.cli;

import dev.boucle.judge.verdict.JudgeResult;
import dev.boucle.judge.verdict.TestResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's JSON shape; kept here so the engine's records stay free of wire concerns. */
final class JsonReport {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private JsonReport() {
    }

    static String of(JudgeResult result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", result.verdict().name());
        root.put("tests", result.tests().stream().map(JsonReport::test).toList());
        root.put("compileOutput", result.compileOutput());
        root.put("notes", result.notes());
        return JSON.writeValueAsString(root);
    }

    /** One compact line, for line-per-record output such as batch. */
    static String line(Map<String, Object> value) {
        return JSON.writeValueAsString(value);
    }

    static String of(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }

    private static Map<String, Object> test(TestResult test) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", test.name());
        out.put("verdict", test.verdict().name());
        out.put("timeMs", test.cpuMs());
        out.put("wallMs", test.wallMs());
        out.put("memoryKb", test.memoryKb());
        out.put("detail", test.detail());
        out.put("stderr", test.stderr());
        return out;
    }

    static String text(JudgeResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.verdict()).append(" (").append(result.verdict().description()).append(")\n");
        for (TestResult test : result.tests()) {
            out.append(String.format("  %-20s %-4s %6d ms cpu %6d ms wall %8d KiB  %s%n", test.name(),
                    test.verdict(), test.cpuMs(), test.wallMs(), test.memoryKb(), test.detail()));
        }
        result.tests().stream().filter(t -> !t.verdict().accepted() && !t.stderr().isBlank()).findFirst()
                .ifPresent(t -> out.append("stderr of test ").append(t.name()).append(":\n").append(t.stderr()).append('\n'));
        if (!result.compileOutput().isBlank()) {
            out.append("compiler output:\n").append(result.compileOutput()).append('\n');
        }
        List<String> notes = result.notes();
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        return out.toString();
    }
}
