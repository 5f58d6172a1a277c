package dev.boucle.coding;

import dev.boucle.judge.kattis.ImportResult;
import dev.boucle.judge.kattis.PackageException;
import dev.boucle.judge.kattis.SelfTestFailed;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.PageMessages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of the bank's packages: upload a Kattis package (the self-test of
 * every submission is shown, passed or not), and download any stdio problem as one.
 */
@Controller
class ProblemPackagePages {

    private final ProblemPackages packages;
    private final ProblemBank bank;
    private final CodingRounds rounds;
    private final PageMessages pages;

    ProblemPackagePages(ProblemPackages packages, ProblemBank bank, CodingRounds rounds, PageMessages pages) {
        this.packages = packages;
        this.bank = bank;
        this.rounds = rounds;
        this.pages = pages;
    }

    @GetMapping("/admin/problems")
    @Team.Admins
    String show(Model model) {
        List<CodingProblem> all = new ArrayList<>(bank.all().values());
        all.addAll(bank.practice().values());
        model.addAttribute("problems", all);
        model.addAttribute("roundTypes", List.copyOf(new TreeSet<>(rounds.codingRoundTypes())));
        return "coding/packages";
    }

    @PostMapping("/admin/problems")
    @Team.Admins
    String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) String topic,
                  @RequestParam(required = false) String difficulty,
                  @RequestParam(required = false) List<String> roundTypes, RedirectAttributes redirect) throws IOException {
        try {
            var placement = packages.placement(topic, difficulty, roundTypes, rounds.codingRoundTypes());
            ImportResult result = packages.importPackage(file.getInputStream(), placement, CurrentUser.get());
            redirect.addFlashAttribute("notice", pages.text("coding.package.imported", result.id(), result.title()));
            redirect.addFlashAttribute("report", ProblemPackagesApi.view(result).selfTest());
        } catch (SelfTestFailed e) {
            redirect.addFlashAttribute("error", pages.text("coding.package.rejected", e.report().failure()));
            redirect.addFlashAttribute("report", ProblemPackagesApi.lines(e.report()));
        } catch (PackageException e) {
            redirect.addFlashAttribute("error", pages.text("coding.package.rejected", e.getMessage()));
        } catch (RuntimeException e) {
            redirect.addFlashAttribute("error", pages.refusal(e));
        }
        return "redirect:/admin/problems";
    }
}
