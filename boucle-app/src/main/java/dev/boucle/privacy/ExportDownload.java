package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.platform.BadInput;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A data subject's export as a download, the same for staff and for the candidate's portal: JSON
 * or a PDF in the reader's language, as an attachment that no cache may keep, since it holds a
 * whole person's data.
 */
public final class ExportDownload {

    private ExportDownload() {}

    /** Checks the format first, so a wrong one is a 400 and no export is built or audited. */
    public static ResponseEntity<?> of(SubjectAccess access, CandidateId candidate, @Nullable Long actor, String format, String baseName) {
        if (!format.equals("json") && !format.equals("pdf")) {
            throw new BadInput(Map.of("format", "privacy.export.format"), "privacy.export.format");
        }
        SubjectAccess.Export export = access.export(candidate, actor);
        var ok = ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(baseName + "." + format).build().toString());
        if (format.equals("json")) return ok.contentType(MediaType.APPLICATION_JSON).body(export);
        return ok.contentType(MediaType.APPLICATION_PDF).body(access.pdf(export, LocaleContextHolder.getLocale()));
    }
}
