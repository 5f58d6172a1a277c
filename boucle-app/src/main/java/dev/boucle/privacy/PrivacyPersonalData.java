package dev.boucle.privacy;

import dev.boucle.hiring.CandidateId;
import dev.boucle.platform.DataSubject;
import dev.boucle.platform.PersonalDataSection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Privacy's own share of the export: the lawful bases recorded, any legal hold, and every audit
 * entry about the person (who at Boucle read or changed their data, and why). Privacy keeps
 * nothing to erase: these rows name ids and codes only, and the hold blocks erasure while it stands.
 */
@Component
class PrivacyPersonalData implements PersonalDataSection {

    static final int AUDIT_ENTRIES = 100_000;
    private final LawfulBases bases;
    private final LegalHolds holds;
    private final AuditLog audit;

    PrivacyPersonalData(LawfulBases bases, LegalHolds holds, AuditLog audit) {
        this.bases = bases;
        this.holds = holds;
        this.audit = audit;
    }

    @Override
    public String section() {
        return "privacy";
    }

    @Override
    public Object export(DataSubject subject) {
        CandidateId id = new CandidateId(subject.candidateId());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lawfulBases", bases.of(id));
        out.put("legalHold", holds.of(id).map(h -> Map.of("reason", h.reason(), "placedAt", h.placedAt())).orElse(Map.of()));
        out.put("accessLog", audit.search(subject.candidateId(), null, AUDIT_ENTRIES).reversed().stream().map(AuditApi::item).toList());
        return out;
    }
}
