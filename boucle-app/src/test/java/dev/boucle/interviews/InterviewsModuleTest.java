package dev.boucle.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.ModuleTestSupport;
import dev.boucle.hiring.Action;
import dev.boucle.hiring.ApplicationId;
import dev.boucle.hiring.HiringFixtures;
import dev.boucle.hiring.MovingApplications;
import dev.boucle.hiring.Panels;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.RoundId;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.interviews.rubric.Rubric;
import dev.boucle.interviews.rubric.Rubrics;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.UserAdministration;
import dev.boucle.people.UserId;
import dev.boucle.people.Users;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Interviews with only the modules it declares (hiring, people, platform): a round is planned
 * with a panel, the panelist's scorecard is published as {@link ScorecardSubmitted}, and the
 * whole panel having submitted completes the round in hiring; an application closed in hiring
 * takes its interviews out of the reminder poll, through the event hiring publishes.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class InterviewsModuleTest extends ModuleTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired UserAdministration administration;
    @Autowired InterviewPlanning planning;
    @Autowired Scorecards scorecards;
    @Autowired Rubrics rubrics;
    @Autowired Panels panels;
    @Autowired MovingApplications moves;
    @Autowired JdbcClient jdbc;

    @Test
    void aScorecardIsPublishedAndTheFullPanelCompletesTheRound(Scenario scenario) {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        CurrentUser interviewer = administration.create(new UserAdministration.NewUser("panel-module@example.com", "Panel Module",
                List.of("interviewer"), "en", null));
        HiringFixtures hiring = new HiringFixtures(context);
        long application = hiring.application("software-engineer", "L5", "paris", admin);
        Round round = hiring.rounds(application, StageKind.RECRUITER_SCREEN, admin).getFirst();
        planning.planWithoutMail(round.id(), new InterviewPlanning.PlanChange(List.of(interviewer.id()), null, null, "VIRTUAL", "en",
                null, null), admin);

        Rubric rubric = rubrics.of(round.type()).orElseThrow();
        Map<String, Integer> ratings = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        rubric.keys().forEach(k -> {
            ratings.put(k, 3);
            evidence.put(k, "Concrete example given for " + k);
        });

        scenario.stimulate(() -> scorecards.submit(round.id(), new Scorecards.Submission(ratings, "YES", evidence, "Solid"), interviewer))
                .andWaitForEventOfType(ScorecardSubmitted.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.round()).isEqualTo(new RoundId(round.id()));
                    assertThat(e.application()).isEqualTo(new ApplicationId(application));
                    assertThat(e.interviewer()).isEqualTo(new UserId(interviewer.id()));
                    assertThat(e.amendment()).isFalse();
                });
        assertThat(panels.round(new RoundId(round.id())).orElseThrow().status()).isEqualTo(Round.Status.DONE);
    }

    @Test
    void aClosedApplicationsInterviewsLeaveTheReminderPoll(Scenario scenario) {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        HiringFixtures hiring = new HiringFixtures(context);
        long application = hiring.application("software-engineer", "L5", "paris", admin);
        Round round = hiring.rounds(application, StageKind.RECRUITER_SCREEN, admin).getFirst();
        planning.planWithoutMail(round.id(), new InterviewPlanning.PlanChange(List.of(), Instant.now().plusSeconds(86_400), null, null,
                null, null, null), admin);
        assertThat(settled(round.id())).isFalse();

        scenario.stimulate(() -> moves.move(application, Action.REJECT, "Not this time", admin))
                .andWaitForStateChange(() -> settled(round.id()), Boolean::booleanValue)
                .andVerify(settled -> assertThat(settled).isTrue());
    }

    private boolean settled(long roundId) {
        return jdbc.sql("select reminders_settled from interviews where round_id = ?").param(roundId).query(Boolean.class).single();
    }
}
