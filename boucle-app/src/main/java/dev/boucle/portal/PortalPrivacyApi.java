package dev.boucle.portal;

import dev.boucle.hiring.Candidate;
import dev.boucle.hiring.Rectification;
import dev.boucle.privacy.ExportDownload;
import dev.boucle.privacy.SubjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's own data rights through the portal's API: correcting their details (GDPR
 * Art. 16) and downloading everything held on them (Art. 15), as JSON or as a PDF. Like the rest
 * of the portal, it answers only the link's session.
 */
@org.springframework.web.bind.annotation.RestController
class PortalPrivacyApi {

    record Details(@Nullable String name, @Nullable String email, @Nullable String phone, @Nullable String location) {}

    record Corrected(String name, String email, @Nullable String phone, @Nullable String location) {
        static Corrected of(Candidate c) {
            return new Corrected(c.name(), c.email(), c.phone(), c.location());
        }
    }

    private final PortalDoor door;
    private final Rectification rectification;
    private final SubjectAccess access;

    PortalPrivacyApi(PortalDoor door, Rectification rectification, SubjectAccess access) {
        this.door = door;
        this.rectification = rectification;
        this.access = access;
    }

    @PutMapping("/api/v1/portal/profile")
    Corrected correct(@RequestBody Details d, HttpServletRequest request) {
        PortalDoor.Entry entry = door.enter(request);
        return Corrected.of(rectification.bySelf(entry.candidate(), new Rectification.Correction(d.name(), d.email(), d.phone(), d.location())));
    }

    @GetMapping("/api/v1/portal/export")
    ResponseEntity<?> export(@RequestParam(defaultValue = "json") String format, HttpServletRequest request) {
        return download(access, door.enter(request), format);
    }

    /** The export of the signed-in candidate, who is also the one who asked (no staff actor). */
    static ResponseEntity<?> download(SubjectAccess access, PortalDoor.Entry entry, String format) {
        return ExportDownload.of(access, entry.candidate(), null, format, "my-data");
    }
}
