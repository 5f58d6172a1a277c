package dev.boucle.portal;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.DataFileException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The preparation guides for staff: each track's guide as candidates read it, and for admins the
 * file to edit in place (a file that does not validate is shown back with its line and field).
 */
@Controller
class GuidePages {

    private final Guides guides;
    private final CandidatePage page;
    private final ProcessCatalog catalog;

    GuidePages(Guides guides, CandidatePage page, ProcessCatalog catalog) {
        this.guides = guides;
        this.page = page;
        this.catalog = catalog;
    }

    @GetMapping("/guides")
    @Team.Hiring
    String show(@RequestParam(required = false) String track, Model model) {
        return view(model, track, guides.source(), null, null);
    }

    @PostMapping("/guides")
    @Team.Admins
    String replace(@RequestParam(defaultValue = "") String yaml, Model model) {
        try {
            guides.replace(yaml, CurrentUser.get());
            return view(model, null, guides.source(), null, "portal.guides.replaced");
        } catch (DataFileException e) {
            return view(model, null, yaml, e.describe(LocaleContextHolder.getLocale()) + " (" + e.file() + ", line " + e.line() + ", "
                    + e.field() + ")", null);
        }
    }

    private String view(Model model, String track, String yaml, String error, String notice) {
        var tracks = catalog.current().tracks();
        String shown = track != null && catalog.current().track(track).isPresent() ? track : tracks.getFirst().key();
        model.addAttribute("tracks", tracks);
        model.addAttribute("guide", page.guide(shown, LocaleContextHolder.getLocale()));
        model.addAttribute("yaml", yaml);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "portal/guides";
    }
}
