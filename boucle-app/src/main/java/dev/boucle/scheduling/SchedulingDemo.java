package dev.boucle.scheduling;

import dev.boucle.hiring.ApplicationIndex;
import dev.boucle.hiring.ApplicationStatus;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.RoundType;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.Users;
import dev.boucle.platform.BoucleProperties;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company's scheduling data: a profile for each demo interviewer (four offices, both
 * languages, a trainee), and a week of availability for every candidate in the onsite loop, so
 * "plan this loop" works on a fresh demo without typing anything.
 */
@Component
@Order(40)
class SchedulingDemo implements ApplicationRunner {

    /** email, office, languages, round types (empty: all), weekly cap, trainee */
    private record Person(String email, String office, Set<String> languages, Set<String> types, int max, boolean trainee) {}

    private static final List<Person> PEOPLE = List.of(
            new Person("interviewer@boucle.test", "paris", Set.of("en", "fr"), Set.of(), 6, false),
            new Person("panel1@boucle.test", "paris", Set.of("en", "fr"), Set.of(), 5, false),
            new Person("panel2@boucle.test", "london", Set.of("en"), Set.of(), 6, false),
            new Person("panel3@boucle.test", "london", Set.of("en"), Set.of(), 4, false),
            new Person("panel4@boucle.test", "san-francisco", Set.of("en"), Set.of(), 5, false),
            new Person("panel5@boucle.test", "paris", Set.of("en", "fr"), Set.of(), 5, false),
            new Person("panel6@boucle.test", "new-york", Set.of("en"), Set.of(), 6, false),
            new Person("panel7@boucle.test", "london", Set.of("en", "fr"), Set.of(), 3, true),
            new Person("manager@boucle.test", "paris", Set.of("en", "fr"), Set.of("HIRING_MANAGER", "BEHAVIORAL"), 3, false),
            new Person("manager2@boucle.test", "new-york", Set.of("en"), Set.of("HIRING_MANAGER", "BEHAVIORAL"), 3, false));

    private final BoucleProperties props;
    private final Users users;
    private final InterviewerProfiles profiles;
    private final CandidateAvailability availability;
    private final ProcessCatalog catalog;
    private final JdbcClient jdbc;
    private final ApplicationIndex index;
    private final TransactionTemplate tx;
    private final Clock clock;

    SchedulingDemo(BoucleProperties props, Users users, InterviewerProfiles profiles, CandidateAvailability availability,
            ProcessCatalog catalog, JdbcClient jdbc, ApplicationIndex index, TransactionTemplate tx, Clock clock) {
        this.props = props;
        this.users = users;
        this.profiles = profiles;
        this.availability = availability;
        this.catalog = catalog;
        this.jdbc = jdbc;
        this.index = index;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demo() || jdbc.sql("select exists(select 1 from interviewer_profiles)").query(Boolean.class).single()) return;
        tx.executeWithoutResult(status -> load());
    }

    private void load() {
        HiringProcess process = catalog.current();
        Set<String> all = process.roundTypes().stream().map(RoundType::key).collect(Collectors.toSet());
        long admin = users.byEmail("admin@boucle.test").map(u -> u.id()).orElse(-1L);
        if (admin < 0) return;
        for (Person p : PEOPLE) {
            users.byEmail(p.email()).ifPresent(u -> {
                ZoneId zone = process.office(p.office()).orElseThrow().zone();
                profiles.save(new InterviewerProfile(u.id(), u.name(), u.email(), p.office(), zone, p.languages(),
                        p.types().isEmpty() ? all : p.types(), LocalTime.of(9, 0), LocalTime.of(18, 0), p.max(), p.trainee(),
                        true, null, null, null), admin);
            });
        }
        for (ApplicationIndex.Placed row : index.at(StageKind.ONSITE_LOOP, ApplicationStatus.ACTIVE)) {
            ZoneId zone = process.office(row.office()).map(o -> o.zone()).orElse(ZoneId.of("Europe/Paris"));
            List<TimeSpan> week = new ArrayList<>();
            LocalDate day = LocalDate.ofInstant(clock.instant(), zone).plusDays(2);
            while (week.size() < 5) {
                if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    week.add(new TimeSpan(day.atTime(9, 0).atZone(zone).toInstant(), day.atTime(18, 0).atZone(zone).toInstant()));
                }
                day = day.plusDays(1);
            }
            availability.replace(row.application().value(), zone, week);
        }
    }
}
