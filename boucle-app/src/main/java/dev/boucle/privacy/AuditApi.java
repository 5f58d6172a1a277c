package dev.boucle.privacy;

import dev.boucle.people.Team;
import dev.boucle.platform.ApiController;
import dev.boucle.platform.BadInput;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log over the API, for admins: search by candidate or by user, verify the chain. */
@ApiController("/api/v1/audit")
class AuditApi {

    /** An entry as the API shows it: people as ids, the hash in hex. */
    record Item(long seq, Instant at, @Nullable Long actor, String action, String subject, long subjectId, @Nullable Long candidateId,
            String reason, String hash) {}

    record Items(List<Item> items) {}

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Team.Admins
    Items search(@RequestParam(required = false) Long candidateId, @RequestParam(required = false) Long userId,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) throw new BadInput(Map.of("limit", "audit.limit"), "audit.limit", 1000);
        return new Items(audit.search(candidateId, userId, limit).stream().map(AuditApi::item).toList());
    }

    /** The whole log in order, from {@code after} (a seq), one page at a time: for keeping it elsewhere for years. */
    @GetMapping("/export")
    @Team.Admins
    Items export(@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "1000") int limit) {
        if (limit < 1 || limit > 5000) throw new BadInput(Map.of("limit", "audit.limit"), "audit.limit", 5000);
        return new Items(audit.page(after, limit).stream().map(AuditApi::item).toList());
    }

    @GetMapping("/verify")
    @Team.Admins
    AuditLog.Verification verify() {
        return audit.verify();
    }

    static Item item(AuditEntry e) {
        return new Item(e.seq(), e.at(), e.actorId(), e.action(), e.subjectType(), e.subjectId(), e.candidateId(), e.reason(),
                HexFormat.of().formatHex(e.hash()));
    }
}
