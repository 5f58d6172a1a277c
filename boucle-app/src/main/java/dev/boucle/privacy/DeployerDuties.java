package dev.boucle.privacy;

import dev.boucle.people.CurrentUser;
import dev.boucle.people.Person;
import dev.boucle.people.Users;
import dev.boucle.platform.BadInput;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the deploying company declares it did under the AI Act: named people oversee the computed
 * results (Art. 26(2)) and were trained for it (Art. 4, AI literacy), workers' representatives were
 * told before use (Art. 26(7)), candidates are told (Art. 26(11)) with the notice's version.
 * Every change is a new row, so the declaration's history stays.
 */
@Service
public class DeployerDuties {

    /** A duty not yet declared as met. */
    public enum Missing { OVERSEERS, TRAINING, REPRESENTATIVES, CANDIDATES }

    public record Duties(List<Long> overseers, @Nullable LocalDate trainedOn, @Nullable LocalDate representativesInformedOn,
            boolean candidatesInformed, @Nullable Integer noticeVersion, @Nullable Long updatedBy, @Nullable Instant updatedAt) {

        public Duties {
            overseers = List.copyOf(overseers);
        }

        public List<Missing> missing() {
            List<Missing> missing = new ArrayList<>();
            if (overseers.isEmpty()) missing.add(Missing.OVERSEERS);
            if (trainedOn == null) missing.add(Missing.TRAINING);
            if (representativesInformedOn == null) missing.add(Missing.REPRESENTATIVES);
            if (!candidatesInformed) missing.add(Missing.CANDIDATES);
            return missing;
        }
    }

    /** A change as typed: dates as ISO text, so a bad one is named rather than failing the whole body. */
    public record Change(@Nullable List<Long> overseers, @Nullable String trainedOn, @Nullable String representativesInformedOn,
            @Nullable Boolean candidatesInformed, @Nullable Integer noticeVersion) {}

    private static final Duties NONE = new Duties(List.of(), null, null, false, null, null, null);
    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;

    DeployerDuties(JdbcClient jdbc, Users users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    public Duties current() {
        return jdbc.sql("select * from deployer_duties order by id desc limit 1").query(DeployerDuties::row).optional().orElse(NONE);
    }

    public List<Duties> history() {
        return jdbc.sql("select * from deployer_duties order by id desc limit 100").query(DeployerDuties::row).list();
    }

    /** Checks every field and names each one at fault; nothing is stored unless all hold. */
    @Transactional
    public Duties update(Change change, CurrentUser by) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<Long> overseers = change.overseers() == null ? List.of() : change.overseers().stream().distinct().toList();
        Set<Long> staff = users.people(overseers.stream().filter(Objects::nonNull).toList()).stream().filter(Person::active).map(Person::id).collect(Collectors.toSet());
        List<Long> unknown = overseers.stream().filter(id -> id == null || !staff.contains(id)).toList();
        if (!unknown.isEmpty()) errors.put("overseers", "aiact.duties.overseer.unknown");
        LocalDate trained = date("trainedOn", change.trainedOn(), errors);
        LocalDate informed = date("representativesInformedOn", change.representativesInformedOn(), errors);
        boolean candidates = Boolean.TRUE.equals(change.candidatesInformed());
        Integer version = change.noticeVersion() == null && candidates ? Integer.valueOf(AiNotice.VERSION) : change.noticeVersion();
        if (version != null && (version < 1 || version > AiNotice.VERSION)) errors.put("noticeVersion", "aiact.duties.notice.unknown");
        if (!errors.isEmpty()) {
            throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        }
        jdbc.sql("""
                insert into deployer_duties (overseers, trained_on, representatives_informed_on, candidates_informed, notice_version,
                                             updated_by, updated_at)
                values (?::bigint[], ?, ?, ?, ?, ?, ?)""")
                .params(overseers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")),
                        trained == null ? null : Date.valueOf(trained), informed == null ? null : Date.valueOf(informed), candidates,
                        candidates ? version : null, by.id(), Timestamp.from(clock.instant())).update();
        return current();
    }

    private @Nullable LocalDate date(String field, @Nullable String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) return null;
        try {
            LocalDate date = LocalDate.parse(text.strip());
            // Nothing of the AI Act happened before 2000; earlier years are typing slips (and PostgreSQL's range ends in 4713 BC).
            if (date.getYear() < 2000) {
                errors.put(field, "aiact.duties.date.invalid");
                return null;
            }
            if (date.isAfter(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC))) errors.put(field, "aiact.duties.date.future");
            return date;
        } catch (DateTimeParseException e) {
            errors.put(field, "aiact.duties.date.invalid");
            return null;
        }
    }

    private static Duties row(ResultSet rs, int n) throws SQLException {
        Array ids = rs.getArray("overseers");
        Date trained = rs.getDate("trained_on");
        Date informed = rs.getDate("representatives_informed_on");
        return new Duties(Arrays.stream((Long[]) ids.getArray()).toList(), trained == null ? null : trained.toLocalDate(),
                informed == null ? null : informed.toLocalDate(), rs.getBoolean("candidates_informed"), (Integer) rs.getObject("notice_version"),
                rs.getLong("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
