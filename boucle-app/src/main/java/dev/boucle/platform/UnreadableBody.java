package dev.boucle.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Why a JSON body could not be read, named by the field at fault ({@code interviews[0].start})
 * and the kind of value that field expects, so a client learns what to fix from one answer.
 * A body that is not JSON at all is blamed on the field {@value #BODY}.
 */
record UnreadableBody(String field, String messageKey, Object[] args) {

    static final String BODY = "body";

    static UnreadableBody of(Throwable failure) {
        JacksonException jackson = find(failure, JacksonException.class);
        if (jackson == null) return new UnreadableBody(BODY, "problem.field.not-json", new Object[0]);
        String field = field(jackson);
        if (jackson instanceof StreamReadException && !(jackson instanceof MismatchedInputException)) {
            var where = jackson.getLocation();
            return new UnreadableBody(field, "problem.field.syntax",
                    new Object[] {where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr()});
        }
        if (jackson instanceof InvalidFormatException f && f.getValue() instanceof String v && v.indexOf(NulFreeText.NUL) >= 0) {
            return new UnreadableBody(field, "problem.field.nul", new Object[0]);
        }
        Class<?> type = jackson instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (type != null && type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
            return new UnreadableBody(field, "problem.field.one-of", new Object[] {values});
        }
        return new UnreadableBody(field, "problem.field.expected." + kind(type), new Object[0]);
    }

    /** The JSON path of the failure as a client writes it: {@code a.b[2].c}; the body itself if none. */
    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) path.append('.');
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String kind(Class<?> type) {
        if (type == null) return "value";
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == LocalDateTime.class) {
            return "date-time";
        }
        if (type == LocalDate.class) return "date";
        if (type == LocalTime.class) return "time";
        if (type == String.class || type == Character.class || type == char.class) return "text";
        if (type == Boolean.class || type == boolean.class) return "boolean";
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != void.class)) return "number";
        if (type.isArray() || Collection.class.isAssignableFrom(type)) return "list";
        if (Map.class.isAssignableFrom(type) || type.isRecord()) return "object";
        return "value";
    }

    /** The first cause of this kind in the chain, or null. */
    static <T> T find(Throwable failure, Class<T> kind) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (kind.isInstance(t)) return kind.cast(t);
        }
        return null;
    }
}
