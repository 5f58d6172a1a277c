package dev.boucle.hiring;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.hiring.process.StageKind;
import java.time.Instant;

/** A round planned for an application, and whether it is done, waived or still open. */
public record Round(long id, long applicationId, StageKind stage, int position, String type, int minutes,
        AiPolicy aiPolicy, Long interviewerId, String interviewerName, Status status, String resolvedByName,
        Instant resolvedAt, String note) {

    public enum Status { OPEN, DONE, WAIVED }
}
