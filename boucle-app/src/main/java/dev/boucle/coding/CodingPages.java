package dev.boucle.coding;

import dev.boucle.interviews.Interview;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.BadInput;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.PageMessages;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of coding rounds: the problem bank, the coding panel of an interview kit (loaded into the
 * kit, so the interviews module needs to know nothing of coding), and a run's result as the candidate sees it.
 * The candidate's pad itself is the pad module's live room.
 */
@Controller
class CodingPages {

    private final CodingRounds rounds;
    private final ProblemBank bank;
    private final InterviewPlanning planning;
    private final PageMessages pages;

    CodingPages(CodingRounds rounds, ProblemBank bank, InterviewPlanning planning, PageMessages pages) {
        this.rounds = rounds;
        this.bank = bank;
        this.planning = planning;
        this.pages = pages;
    }

    @GetMapping("/coding/problems")
    @Team.Panel
    String problems(Model model) {
        model.addAttribute("problems", List.copyOf(bank.all().values()));
        return "coding/problems";
    }

    @GetMapping("/coding/problems/{id}")
    @Team.Panel
    String problem(@PathVariable String id, Model model) {
        CodingProblem p = bank.find(id).orElseThrow(() -> new NotFound("problem", id));
        model.addAttribute("problem", p);
        return "coding/problem";
    }

    /** The kit's coding panel: the pad, its problem, and every submission with every test. */
    @GetMapping("/interviews/{id}/coding")
    @Team.Panel
    String panel(@PathVariable long id, Model model) {
        return panel(id, model, null, null, null);
    }

    /** Opens the pad from the kit's panel (htmx) and answers with the panel showing the link once. */
    @PostMapping("/interviews/{id}/coding/pad")
    @Team.Panel
    String openPad(@PathVariable long id, @RequestParam(required = false) String problemId, Model model) {
        try {
            String token = rounds.openPad(id, problemId, CurrentUser.get());
            return panel(id, model, "/pad/" + token, text("coding.pad.opened"), null);
        } catch (BadInput e) {
            return panel(id, model, null, null, text("coding.problem.unknown"));
        } catch (Conflict e) {
            return panel(id, model, null, null, text(e.messageKey(), e.args()));
        }
    }

    @PostMapping("/interviews/{id}/coding/pad/close")
    @Team.Panel
    String closePad(@PathVariable long id, Model model) {
        rounds.closePad(id, CurrentUser.get());
        return panel(id, model, null, text("coding.pad.closed-now"), null);
    }

    private String panel(long id, Model model, String padLink, String notice, String error) {
        CurrentUser user = CurrentUser.get();
        Interview interview = planning.one(id, user);
        if (!rounds.codingRoundTypes().contains(interview.roundType())) return "coding/none";
        model.addAttribute("interview", interview);
        model.addAttribute("pad", rounds.pad(id, user).orElse(null));
        model.addAttribute("problems", choices(interview.roundType()));
        model.addAttribute("submissions", rounds.ofRound(id, user));
        model.addAttribute("bank", bank);
        model.addAttribute("padLink", padLink);
        model.addAttribute("notice", notice);
        model.addAttribute("error", error);
        return "coding/panel";
    }

    /** The candidate's result, polled by the pad until the judge is done. */
    @GetMapping("/pad/{token}/submissions/{id}")
    String result(@PathVariable String token, @PathVariable long id, Model model) {
        model.addAttribute("result", rounds.candidateResult(token, id));
        model.addAttribute("token", token);
        return "coding/result";
    }

    private List<CodingProblem> choices(String roundType) {
        List<CodingProblem> suited = new ArrayList<>(bank.forRoundType(roundType));
        bank.all().values().stream().filter(p -> !suited.contains(p)).forEach(suited::add);
        return suited;
    }

    private String text(String key, Object... args) {
        return pages.text(key, args);
    }
}
