package dev.boucle.interviews;

import dev.boucle.interviews.questions.Question;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.NotFound;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/** The question bank and the rubrics. Everyone on the hiring team reads; admins write. */
@ApiController("/api/v1")
class QuestionsApi {

    private final QuestionBank bank;
    private final Rubrics rubrics;

    QuestionsApi(QuestionBank bank, Rubrics rubrics) {
        this.bank = bank;
        this.rubrics = rubrics;
    }

    record QuestionView(Question question, int exposure) {}

    @GetMapping("/questions")
    List<QuestionView> list(@RequestParam(required = false) String roundType) {
        Map<String, Integer> exposure = bank.exposure();
        return bank.latest(roundType).stream().map(q -> new QuestionView(q, exposure.getOrDefault(q.id(), 0))).toList();
    }

    @GetMapping("/questions/{id}")
    Question one(@PathVariable String id, @RequestParam(required = false) Integer version) {
        return (version == null ? bank.current(id) : bank.version(id, version)).orElseThrow(() -> new NotFound("question", id));
    }

    record QuestionRequest(String roundType, Question.Body body) {}

    @PutMapping("/questions/{id}")
    @Team.Admins
    Question save(@PathVariable String id, @RequestBody QuestionRequest request) {
        return bank.save(id, request.roundType(), request.body(), CurrentUser.get().id());
    }

    @PostMapping("/questions/{id}/retire")
    @Team.Admins
    Question retire(@PathVariable String id) {
        return bank.retire(id, CurrentUser.get().id());
    }

    @GetMapping("/rubrics")
    Collection<Rubric> rubrics() {
        return rubrics.all().values();
    }
}
