package dev.boucle.interviews.questions;

import dev.boucle.platform.Text;
import java.util.List;

/**
 * One version of a question of the bank. A scorecard points at the exact version asked, so an
 * edit never rewrites what an interviewer saw.
 */
public record Question(String id, int version, String roundType, Body body, boolean retired) {

    /** What the interviewer reads, in both languages, and how the question is tagged. */
    public record Body(Text title, Text prompt, Text guide, List<Text> followUps, List<Text> strongSignals,
            List<Text> weakSignals, List<String> competencies, List<String> tracks, List<String> levels, String difficulty) {

        public Body {
            followUps = List.copyOf(followUps);
            strongSignals = List.copyOf(strongSignals);
            weakSignals = List.copyOf(weakSignals);
            competencies = List.copyOf(competencies);
            tracks = List.copyOf(tracks);
            levels = List.copyOf(levels);
        }
    }
}
