package dev.boucle.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.ModuleTestSupport;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.UserId;
import dev.boucle.people.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Hiring on its own, with only the modules it declares (people, platform): the pipeline works,
 * and each move is published as an {@link ApplicationMoved} for the modules that react to it.
 */
// The module map is verified once, with the engines set aside, by ModularityTests.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class HiringModuleTest extends ModuleTestSupport {

    @Autowired OpeningJobs jobs;
    @Autowired CandidateIntake intake;
    @Autowired MovingApplications moves;
    @Autowired Users users;

    @Test
    void applyingAndMovingArePublishedAsApplicationMoved(Scenario scenario) {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        long job = jobs.open(new OpeningJobs.NewJob("Module job", "software-engineer", "L5", "paris", null), admin);
        long candidate = intake.add(new CandidateIntake.NewCandidate("Module Candidate", "module@example.com", null, null, null),
                admin.id());

        long[] application = new long[1];
        scenario.stimulate(() -> application[0] = moves.apply(candidate, job, admin))
                .andWaitForEventOfType(ApplicationMoved.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.from()).isNull();
                    assertThat(e.to().stage()).isEqualTo(StageKind.RECRUITER_SCREEN);
                    assertThat(e.job()).isEqualTo(new JobId(job));
                    assertThat(e.candidate()).isEqualTo(new CandidateId(candidate));
                    assertThat(e.actor()).isEqualTo(new UserId(admin.id()));
                });

        scenario.stimulate(() -> moves.move(application[0], Action.HOLD, "visa", admin))
                .andWaitForEventOfType(ApplicationMoved.class)
                .matching(e -> e.application().value() == application[0] && e.from() != null)
                .toArriveAndVerify(e -> {
                    assertThat(e.from().status()).isEqualTo(ApplicationStatus.ACTIVE);
                    assertThat(e.to().status()).isEqualTo(ApplicationStatus.ON_HOLD);
                });
    }
}
