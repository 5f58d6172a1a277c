package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.hiring.HiringPersonalData;
import dev.boucle.platform.DataSubject;
import dev.boucle.platform.NotFound;
import dev.boucle.platform.PersonalDataSection;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-subject export (GDPR Art. 15): every module's section, gathered in one read-only
 * transaction (a consistent snapshot, with the candidate's row locked against a concurrent
 * erasure), the profile first and the rest by name. The export itself is audited.
 */
@Service
public class SubjectAccess {

    /** The export: when, of whom, and each module's section under its key. */
    public record Export(Instant generatedAt, long candidateId, Map<String, Object> sections) {}

    private final HiringPersonalData hiring;
    private final List<PersonalDataSection> sections;
    private final AuditLog audit;
    private final ExportPdf pdf;
    private final Clock clock;

    SubjectAccess(HiringPersonalData hiring, List<PersonalDataSection> sections, AuditLog audit, ExportPdf pdf, Clock clock) {
        this.pdf = pdf;
        this.hiring = hiring;
        this.sections = sections.stream()
                .sorted(Comparator.comparing((PersonalDataSection s) -> !"profile".equals(s.section())).thenComparing(PersonalDataSection::section))
                .toList();
        this.audit = audit;
        this.clock = clock;
    }

    /** The export, by a staff member or (actor null) by the candidate from their portal. */
    @Transactional
    public Export export(CandidateId candidate, @Nullable Long actor) {
        DataSubject subject = hiring.lock(candidate).orElseThrow(() -> new NotFound("candidate", candidate.value()));
        audit.record(actor, AuditLog.Action.EXPORT, "candidate", candidate.value(), candidate.value(),
                actor == null ? AuditLog.Reason.CANDIDATE_REQUEST : AuditLog.Reason.COMPLIANCE);
        Map<String, Object> out = new LinkedHashMap<>();
        for (PersonalDataSection s : sections) out.put(s.section(), s.export(subject));
        return new Export(clock.instant(), candidate.value(), out);
    }

    /** The export as a readable PDF in {@code locale}. */
    public byte[] pdf(Export export, java.util.Locale locale) {
        return pdf.render(export, locale);
    }
}
