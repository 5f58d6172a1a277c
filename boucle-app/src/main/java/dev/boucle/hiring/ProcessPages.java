package dev.boucle.hiring;

import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Team;
import dev.boucle.platform.Conflict;
import dev.boucle.platform.DataFileException;
import dev.boucle.platform.PageMessages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The process page: tracks, their loops and the offices; admins upload a replacement here. */
@Controller
class ProcessPages {

    private final ProcessCatalog catalog;
    private final ProcessAdministration administration;
    private final PageMessages pages;

    ProcessPages(ProcessCatalog catalog, ProcessAdministration administration, PageMessages pages) {
        this.catalog = catalog;
        this.administration = administration;
        this.pages = pages;
    }

    @GetMapping("/process")
    String show(Model model) {
        model.addAttribute("process", catalog.current());
        return "process";
    }

    @PostMapping("/process")
    @Team.Admins
    String replace(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        var locale = LocaleContextHolder.getLocale();
        try {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                    ? "process.yaml" : file.getOriginalFilename();
            if (file.getSize() > dev.boucle.hiring.process.ProcessParser.MAX_CHARS * 4L) {
                throw new DataFileException(name, 1, "(file)", "data.error.too-large", 512);
            }
            administration.replace(name, new String(file.getBytes(), StandardCharsets.UTF_8), CurrentUser.get());
            redirect.addFlashAttribute("notice", pages.text("process.replaced"));
        } catch (DataFileException e) {
            redirect.addFlashAttribute("error", e.describe(locale));
        } catch (Conflict e) {
            redirect.addFlashAttribute("error", pages.refusal(e));
        }
        return "redirect:/process";
    }
}
