package dev.boucle.offers;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.DataFileException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The bands page: every band, the approval policy, and for admins the file to edit in place. */
@Controller
class BandPages {

    private final CompBands bands;
    private final ProcessCatalog catalog;
    private final MessageSource messages;

    BandPages(CompBands bands, ProcessCatalog catalog, MessageSource messages) {
        this.bands = bands;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/bands")
    @Team.Recruiting
    String show(Model model) {
        return view(model, bands.currentSource(), null, null);
    }

    @PostMapping("/bands")
    @Team.Admins
    String replace(@RequestParam(defaultValue = "") String yaml, Model model) {
        try {
            bands.replace("bands.yaml", yaml, CurrentUser.get());
            return view(model, bands.currentSource(), null, messages.getMessage("bands.replaced", null, LocaleContextHolder.getLocale()));
        } catch (DataFileException e) {
            return view(model, yaml, DataFiles.describe(e, messages, LocaleContextHolder.getLocale()), null);
        }
    }

    private String view(Model model, String yaml, String error, String notice) {
        model.addAttribute("book", bands.current());
        model.addAttribute("process", catalog.current());
        model.addAttribute("yaml", yaml);
        model.addAttribute("error", error);
        model.addAttribute("notice", notice);
        return "bands";
    }
}
