package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

import java.util.List;
import java.util.Optional;

/** A hiring track (e.g. research-scientist): what is expected and the loop it runs. */
public record Track(String key, Text name, Text summary, List<Text> expectations, List<StageTemplate> stages) {

    public Track {
        expectations = List.copyOf(expectations);
        stages = List.copyOf(stages);
    }

    public StageKind firstStage() {
        return stages.getFirst().kind();
    }

    /** The stage after {@code kind} in this track, or empty at the last one. */
    public Optional<StageKind> stageAfter(StageKind kind) {
        for (int i = 0; i < stages.size() - 1; i++) {
            if (stages.get(i).kind() == kind) return Optional.of(stages.get(i + 1).kind());
        }
        return Optional.empty();
    }

    public StageTemplate stage(StageKind kind) {
        return stages.stream().filter(s -> s.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " has no stage " + kind));
    }

    public boolean has(StageKind kind) {
        return stages.stream().anyMatch(s -> s.kind() == kind);
    }

    public List<StageKind> stageKinds() {
        return stages.stream().map(StageTemplate::kind).toList();
    }
}
