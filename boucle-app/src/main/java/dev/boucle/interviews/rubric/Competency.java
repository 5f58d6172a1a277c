package dev.boucle.interviews.rubric;

import dev.boucle.platform.Text;
import java.util.Map;

/** One thing a round scores, with what a 1, 2, 3 and 4 look like. */
public record Competency(String key, Text name, Map<Integer, Text> anchors) {

    public Competency {
        anchors = Map.copyOf(anchors);
    }
}
