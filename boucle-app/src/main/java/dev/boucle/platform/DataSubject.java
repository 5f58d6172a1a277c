package dev.boucle.platform;

import java.util.List;

/**
 * One candidate as a data subject: the ids every module files their data under, and the name and
 * address some modules can only find it by (a mail's recipient, a calendar file's text). Handed
 * to each module when the person's data is exported or erased; never logged.
 */
public record DataSubject(long candidateId, List<Long> applicationIds, List<Long> roundIds, String name, String email) {
    public DataSubject {
        applicationIds = List.copyOf(applicationIds);
        roundIds = List.copyOf(roundIds);
    }
}
