package dev.boucle.portal;

import dev.boucle.coding.CodingProblem;
import dev.boucle.coding.Practice;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/** The practice area's pages: the practice problems and the candidate's attempts, and one problem with the editor. */
@Controller
class PracticePages {

    /** The words the practice editor's script shows, in the reader's language. */
    static final List<String> SCRIPT_WORDS = List.of("practice.js.verdict", "practice.js.waiting", "practice.js.sample",
            "practice.js.sending", "practice.js.failed");
    private final PortalDoor door;
    private final Practice practice;
    private final JsonMapper json = JsonMapper.builder().build();

    PracticePages(PortalDoor door, Practice practice) {
        this.door = door;
        this.practice = practice;
    }

    @GetMapping("/portal/practice")
    String list(HttpServletRequest request, Model model) {
        PortalDoor.Entry entry = door.enter(request);
        model.addAttribute("problems", practice.problems());
        model.addAttribute("attempts", practice.history(entry.candidate()));
        return "portal/practice";
    }

    @GetMapping("/portal/practice/{id}")
    String problem(@PathVariable String id, HttpServletRequest request, Model model) {
        door.enter(request);
        CodingProblem problem = practice.problem(id);
        Map<String, String> starters = practice.starters(problem);
        model.addAttribute("problem", problem);
        model.addAttribute("languages", practice.languages());
        // In a <script type="application/json">: "</" is escaped so the JSON cannot close the element.
        model.addAttribute("starters", json.writeValueAsString(starters).replace("</", "<\\/"));
        model.addAttribute("words", SCRIPT_WORDS);
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        return "portal/practice-problem";
    }
}
