package dev.boucle.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * The ids a generated call may use, by kind of record: the fuzz test's own records, and ids
 * no table holds. The suite shares one database, so a random id could move another test's
 * application or revoke its token; ids are therefore chosen by what they name (the path
 * segment before them, or the property's name), never at random.
 */
record IdPools(Map<String, List<Long>> own) {

    /** Ids that exist in no table (or cannot be ids at all, as numbers). */
    static final List<Long> NOWHERE = List.of(0L, -1L, Long.MAX_VALUE, 9_999_999_999L, (long) Integer.MAX_VALUE + 1);

    static boolean isId(String property) {
        return property.equals("id") || property.endsWith("Id");
    }

    /** The kind of record a path segment names: {@code /applications/{id}} holds an application id. */
    static String kindOfSegment(String segment) {
        return switch (segment) {
            case "interviews", "rounds" -> "rounds";
            case "interviewers", "users" -> "users";
            default -> segment;
        };
    }

    /** {@code candidateId} names a candidate, {@code hiringManagerId} a user, {@code id} nothing in particular. */
    static String kindOfProperty(String property) {
        String stem = property.substring(0, property.length() - 2).toLowerCase(Locale.ROOT);
        return switch (stem) {
            case "candidate" -> "candidates";
            case "job" -> "jobs";
            case "round", "interview" -> "rounds";
            case "problem" -> "problems";
            case "application" -> "applications";
            case "token" -> "tokens";
            case "user", "interviewer", "hiringmanager", "approver", "recruiter" -> "users";
            default -> "";
        };
    }

    Arbitrary<Long> ofKind(String kind) {
        List<Long> mine = own.getOrDefault(kind, List.of());
        if (mine.isEmpty()) return Arbitraries.of(NOWHERE);
        return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(mine)), Tuple.of(2, Arbitraries.of(NOWHERE)));
    }

    Arbitrary<Long> forProperty(String property) {
        return ofKind(kindOfProperty(property));
    }
}
