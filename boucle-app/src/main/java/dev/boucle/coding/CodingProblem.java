package dev.boucle.coding;

import dev.boucle.judge.problem.Problem;
import dev.boucle.judge.problem.ProblemKind;
import dev.boucle.platform.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A problem of the bank: the judge's problem (limits, tests) plus what the app knows of it, its
 * topic, the round types it suits, its statement in both languages and which tests are samples.
 * Samples are shown to the candidate with their expected output; every other test stays hidden.
 */
public record CodingProblem(String id, Text title, Topic topic, Difficulty difficulty, List<String> roundTypes,
        Set<String> sampleNames, Text statementHtml, Problem problem) {

    public enum Topic { ALGORITHMS, ML, SYSTEMS, INTEGRATION }

    public enum Difficulty { EASY, MEDIUM, HARD }

    public CodingProblem {
        roundTypes = List.copyOf(roundTypes);
        sampleNames = Set.copyOf(sampleNames);
    }

    public boolean isSample(String testName) {
        return sampleNames.contains(testName);
    }

    public boolean function() {
        return problem.kind() == ProblemKind.FUNCTION;
    }

    public int testCount() {
        return problem.tests().size();
    }

    /** A sample as the candidate sees it: a stdio input and output, or a function test's JSON (arguments and expected value). */
    public record Sample(String name, String input, String expected) {}

    public List<Sample> samples() {
        return problem.tests().stream().filter(t -> isSample(t.name()))
                .map(t -> function() ? call(t.name(), shown(t.input())) : new Sample(t.name(), shown(t.input()), shown(t.expected())))
                .toList();
    }

    /** A function test shown as the call's arguments by name, and the value it must return. */
    private Sample call(String name, String json) {
        var test = JSON.readTree(json);
        var params = problem.function().orElseThrow().params();
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < params.size() && i < test.get("args").size(); i++) {
            args.append(params.get(i).name()).append(" = ").append(test.get("args").get(i).toString()).append('\n');
        }
        return new Sample(name, args.toString().strip(), test.get("expected").toString());
    }

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    private static String shown(Path file) {
        try {
            String text = Files.readString(file);
            return text.length() > 4000 ? text.substring(0, 4000) + "…" : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
