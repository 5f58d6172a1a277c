package dev.boucle.interviews.questions;

import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.platform.Text;
import dev.boucle.platform.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the shipped question bank (questions.yaml) and checks each question against its rubric. */
final class QuestionFile {

    static final Set<String> DIFFICULTIES = Set.of("EASY", "MEDIUM", "HARD");

    private QuestionFile() {}

    static List<Question> parse(String fileName, String yaml, Map<String, Rubric> rubrics, Set<String> tracks, Set<String> levels) {
        YamlNode top = YamlNode.compose(fileName, yaml, 4 * 1024 * 1024);
        Map<String, YamlNode> f = top.fields(Set.of("version", "questions"));
        YamlNode.required(top, f, "version").integer(1, 1);
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode q : YamlNode.required(top, f, "questions").list()) {
            Map<String, YamlNode> qf = q.fields(Set.of("id", "roundType", "title", "prompt", "guide", "followUps",
                    "strongSignals", "weakSignals", "competencies", "tracks", "levels", "difficulty"));
            YamlNode idNode = YamlNode.required(q, qf, "id");
            String id = idNode.string();
            if (!QuestionBank.ID.matcher(id).matches()) throw idNode.error("data.error.key-format", id, QuestionBank.ID.pattern());
            if (!ids.add(id)) throw idNode.error("data.error.duplicate-key", id);
            YamlNode typeNode = YamlNode.required(q, qf, "roundType");
            Rubric rubric = rubrics.get(typeNode.string());
            if (rubric == null) throw typeNode.error("data.error.not-one-of", typeNode.string(), String.join(", ", rubrics.keySet()));
            List<String> competencies = strings(YamlNode.required(q, qf, "competencies"), Set.copyOf(rubric.keys()));
            YamlNode difficultyNode = YamlNode.required(q, qf, "difficulty");
            if (!DIFFICULTIES.contains(difficultyNode.string())) {
                throw difficultyNode.error("data.error.not-one-of", difficultyNode.string(), String.join(", ", DIFFICULTIES));
            }
            Question.Body body = new Question.Body(YamlNode.required(q, qf, "title").text(), YamlNode.required(q, qf, "prompt").text(),
                    YamlNode.required(q, qf, "guide").text(), texts(YamlNode.required(q, qf, "followUps")),
                    texts(YamlNode.required(q, qf, "strongSignals")), texts(YamlNode.required(q, qf, "weakSignals")),
                    competencies, strings(YamlNode.required(q, qf, "tracks"), tracks),
                    strings(YamlNode.required(q, qf, "levels"), levels), difficultyNode.string());
            questions.add(new Question(id, 1, rubric.roundType(), body, false));
        }
        return questions;
    }

    private static List<Text> texts(YamlNode node) {
        return node.list().stream().map(YamlNode::text).toList();
    }

    private static List<String> strings(YamlNode node, Set<String> allowed) {
        List<String> values = new ArrayList<>();
        for (YamlNode item : node.list()) {
            String value = item.string();
            if (!allowed.contains(value)) {
                throw item.error("data.error.not-one-of", value, String.join(", ", allowed.stream().sorted().toList()));
            }
            values.add(value);
        }
        if (values.isEmpty()) throw node.error("data.error.empty-list");
        return values;
    }
}
