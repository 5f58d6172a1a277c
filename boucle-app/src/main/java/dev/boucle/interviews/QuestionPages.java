package dev.boucle.interviews;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.interviews.questions.Question;
import dev.boucle.interviews.questions.QuestionBank;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.Text;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The question bank's pages: browse with exposure counts; admins add, edit (new version) and retire. */
@Controller
class QuestionPages {

    private final QuestionBank bank;
    private final ProcessCatalog catalog;
    private final MessageSource messages;

    QuestionPages(QuestionBank bank, ProcessCatalog catalog, MessageSource messages) {
        this.bank = bank;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) String roundType, Model model) {
        String type = roundType == null || roundType.isBlank() ? null : roundType;
        model.addAttribute("questions", bank.latest(type));
        model.addAttribute("exposure", bank.exposure());
        model.addAttribute("process", catalog.current());
        model.addAttribute("roundType", type == null ? "" : type);
        return "questions";
    }

    @GetMapping("/questions/new")
    @Team.Admins
    String create(Model model) {
        return page(model, null, List.of(), Map.of("difficulty", "MEDIUM"), Map.of());
    }

    @GetMapping("/questions/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) Integer version, Model model) {
        Question q = (version == null ? bank.current(id) : bank.version(id, version)).orElseThrow(() -> new NotFound("question", id));
        List<Question> versions = new ArrayList<>();
        for (int v = 1; v <= bank.current(id).orElseThrow().version(); v++) bank.version(id, v).ifPresent(versions::add);
        return page(model, q, versions, formOf(q), Map.of());
    }

    @PostMapping("/questions/save")
    @Team.Admins
    String save(@RequestParam Map<String, String> form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Question.Body body = new Question.Body(text(form, "title"), text(form, "prompt"), text(form, "guide"), texts(form, "followUps"),
                texts(form, "strongSignals"), texts(form, "weakSignals"), list(form.get("competencies")), list(form.get("tracks")),
                list(form.get("levels")), form.get("difficulty"));
        try {
            Question saved = bank.save(form.get("id"), form.get("roundType"), body, CurrentUser.get().id());
            redirect.addFlashAttribute("notice", messages.getMessage("questions.saved", new Object[] {saved.version()},
                    LocaleContextHolder.getLocale()));
            return "redirect:/questions?roundType=" + saved.roundType();
        } catch (BadInput e) {
            response.setStatus(400);
            return page(model, bank.current(String.valueOf(form.get("id"))).orElse(null), List.of(), form, e.fieldErrors());
        }
    }

    @PostMapping("/questions/{id}/retire")
    @Team.Admins
    String retire(@PathVariable String id) {
        Question q = bank.retire(id, CurrentUser.get().id());
        return "redirect:/questions?roundType=" + q.roundType();
    }

    private String page(Model model, Question question, List<Question> versions, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("question", question);
        model.addAttribute("versions", versions);
        model.addAttribute("process", catalog.current());
        model.addAttribute("form", new HashMap<>(form));
        model.addAttribute("errors", errors);
        return "question";
    }

    private static Map<String, String> formOf(Question q) {
        Map<String, String> form = new HashMap<>();
        form.put("id", q.id());
        form.put("roundType", q.roundType());
        put(form, "title", List.of(q.body().title()));
        put(form, "prompt", List.of(q.body().prompt()));
        put(form, "guide", List.of(q.body().guide()));
        put(form, "followUps", q.body().followUps());
        put(form, "strongSignals", q.body().strongSignals());
        put(form, "weakSignals", q.body().weakSignals());
        form.put("competencies", String.join(", ", q.body().competencies()));
        form.put("tracks", String.join(", ", q.body().tracks()));
        form.put("levels", String.join(", ", q.body().levels()));
        form.put("difficulty", q.body().difficulty());
        return form;
    }

    private static void put(Map<String, String> form, String field, List<Text> texts) {
        form.put(field + ".en", String.join("\n", texts.stream().map(Text::en).toList()));
        form.put(field + ".fr", String.join("\n", texts.stream().map(Text::fr).toList()));
    }

    private static Text text(Map<String, String> form, String field) {
        return new Text(form.getOrDefault(field + ".en", "").strip(), form.getOrDefault(field + ".fr", "").strip());
    }

    /** One item per line; English and French lines pair up by position. */
    private static List<Text> texts(Map<String, String> form, String field) {
        List<String> en = lines(form.get(field + ".en"));
        List<String> fr = lines(form.get(field + ".fr"));
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < Math.max(en.size(), fr.size()); i++) {
            texts.add(new Text(i < en.size() ? en.get(i) : "", i < fr.size() ? fr.get(i) : ""));
        }
        return texts;
    }

    private static List<String> lines(String raw) {
        return raw == null ? List.of() : raw.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static List<String> list(String raw) {
        return raw == null ? List.of() : Arrays.stream(raw.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
