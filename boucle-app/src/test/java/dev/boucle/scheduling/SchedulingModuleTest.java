package dev.boucle.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.ModuleTestSupport;
import dev.boucle.hiring.HiringFixtures;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.InterviewPlanning;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.UserAdministration;
import dev.boucle.people.Users;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Scheduling with only the modules it declares (hiring, interviews, people, platform): an
 * interviewer's profile and blocked time are kept, and an interview planned in the interviews
 * module counts as a commitment of its panel, read through interviews' calendar and hiring's panels.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class SchedulingModuleTest extends ModuleTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired UserAdministration administration;
    @Autowired Profiles profiles;
    @Autowired InterviewPlanning planning;
    @Autowired Commitments commitments;

    @Test
    void anInterviewPlannedElsewhereIsACommitmentOfItsPanel() {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        CurrentUser interviewer = administration.create(new UserAdministration.NewUser("sched-module@example.com", "Sched Module",
                List.of("interviewer"), "en", null));
        profiles.update(interviewer.id(), new Profiles.ProfileChange("paris", "Europe/Paris", List.of("en", "fr"),
                List.of("RECRUITER_SCREEN"), "09:00", "18:00", 6, false), admin);
        Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
        long block = profiles.addBlock(interviewer.id(), new TimeSpan(start.plus(Duration.ofHours(3)), start.plus(Duration.ofHours(4))),
                admin);

        HiringFixtures hiring = new HiringFixtures(context);
        long application = hiring.application("software-engineer", "L5", "paris", admin);
        Round round = hiring.rounds(application, StageKind.RECRUITER_SCREEN, admin).getFirst();
        planning.planWithoutMail(round.id(), new InterviewPlanning.PlanChange(List.of(interviewer.id()), start, 30, "VIRTUAL", "en",
                null, null), admin);

        TimeSpan day = new TimeSpan(start.minus(Duration.ofHours(1)), start.plus(Duration.ofHours(8)));
        Map<Long, List<TimeSpan>> booked = commitments.booked(Set.of(interviewer.id()), day, Set.of());
        assertThat(booked.get(interviewer.id())).containsExactly(new TimeSpan(start, start.plus(Duration.ofMinutes(30))));
        assertThat(commitments.booked(Set.of(interviewer.id()), day, Set.of(round.id()))).isEmpty();
        assertThat(profiles.busy(interviewer.id(), day, admin)).anySatisfy(b -> assertThat(b.id()).isEqualTo(block));
    }
}
