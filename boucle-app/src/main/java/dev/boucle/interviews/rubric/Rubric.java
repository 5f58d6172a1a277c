package dev.boucle.interviews.rubric;

import java.util.List;

/** The competencies a round type scores. */
public record Rubric(String roundType, List<Competency> competencies) {

    public Rubric {
        competencies = List.copyOf(competencies);
    }

    public List<String> keys() {
        return competencies.stream().map(Competency::key).toList();
    }
}
