package dev.boucle.judge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds a throwaway problem folder in the format the README documents. */
public final class TestProblem {
    private int timeLimitMs = 1000;
    private int memoryLimitMb = 128;
    private Integer outputLimitKb;
    private String checker = "exact";
    private String extra = "";
    private final Map<String, String[]> tests = new LinkedHashMap<>();
    private final Map<String, String> files = new LinkedHashMap<>();

    private TestProblem() {
    }

    public static TestProblem create() {
        return new TestProblem();
    }

    public TestProblem timeLimitMs(int ms) {
        this.timeLimitMs = ms;
        return this;
    }

    public TestProblem memoryLimitMb(int mb) {
        this.memoryLimitMb = mb;
        return this;
    }

    public TestProblem outputLimitKb(int kb) {
        this.outputLimitKb = kb;
        return this;
    }

    public TestProblem checker(String checker) {
        this.checker = checker;
        return this;
    }

    /** Raw extra YAML lines, e.g. "tolerance: 0.001". */
    public TestProblem yaml(String lines) {
        this.extra += lines + "\n";
        return this;
    }

    /** An extra file in the problem folder, e.g. a custom checker. */
    public TestProblem file(String name, String content) {
        files.put(name, content);
        return this;
    }

    public TestProblem test(String name, String input, String expected) {
        tests.put(name, new String[] {input, expected});
        return this;
    }

    public Path writeTo(Path dir) {
        try {
            Files.createDirectories(dir.resolve("tests"));
            String yaml = "id: test-problem\ntitle: Test problem\nkind: stdio\n"
                    + "timeLimitMs: " + timeLimitMs + "\nmemoryLimitMb: " + memoryLimitMb + "\n"
                    + "checker: " + checker + "\n"
                    + (outputLimitKb == null ? "" : "outputLimitKb: " + outputLimitKb + "\n") + extra;
            Files.writeString(dir.resolve("problem.yaml"), yaml);
            for (var file : files.entrySet()) {
                Files.writeString(dir.resolve(file.getKey()), file.getValue());
            }
            for (var test : tests.entrySet()) {
                Files.writeString(dir.resolve("tests/" + test.getKey() + ".in"), test.getValue()[0]);
                Files.writeString(dir.resolve("tests/" + test.getKey() + ".out"), test.getValue()[1]);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
