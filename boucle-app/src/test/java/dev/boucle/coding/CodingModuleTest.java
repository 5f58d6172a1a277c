package dev.boucle.coding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.ModuleTestSupport;
import dev.boucle.hiring.HiringFixtures;
import dev.boucle.hiring.Round;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.judge.verdict.Verdict;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.Users;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Coding with only the modules it declares (interviews, hiring, people, platform) and the judge
 * engine: a pad opens on a coding round, the candidate's code goes through the queue to the
 * sandboxed judge, and the candidate sees a verdict with the hidden tests only counted.
 */
// All its dependencies rather than the direct ones: coding uses interviews' services, whose own
// dependencies (hiring's repositories, people's Users) must be there for them to start.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
class CodingModuleTest extends ModuleTestSupport {

    @Autowired ApplicationContext context;
    @Autowired Users users;
    @Autowired CodingRounds rounds;
    @Autowired ProblemBank bank;
    @Autowired JudgeEngine engine;

    @Test
    void aPadSubmissionIsJudgedInTheSandboxAndTheCandidateSeesSamplesOnly() throws Exception {
        CurrentUser admin = users.withRole(Role.ADMIN).getFirst();
        HiringFixtures hiring = new HiringFixtures(context);
        long application = hiring.application("software-engineer", "L5", "paris", admin);
        hiring.walkTo(application, StageKind.PHONE_SCREEN, admin);
        Round round = hiring.rounds(application, StageKind.PHONE_SCREEN, admin).stream()
                .filter(r -> rounds.codingRoundTypes().contains(r.type())).findFirst().orElseThrow();
        CodingProblem problem = bank.forRoundType(round.type()).getFirst();

        String token = rounds.openPad(round.id(), problem.id(), admin);
        String starter = StarterCode.forProblem(problem.problem(), engine.languages()).get("python");
        long submission = rounds.submitToPad(token, "python", starter);

        CodingRounds.CandidateResult result = rounds.candidateResult(token, submission);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (result.status() != Submission.Status.DONE && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            result = rounds.candidateResult(token, submission);
        }
        assertThat(result.status()).isEqualTo(Submission.Status.DONE);
        // The starter code is a signature with no solution: judged, not accepted, and never a judge failure.
        assertThat(result.verdict()).isNotIn(Verdict.AC, Verdict.SE);
        assertThat(result.hiddenTotal()).isPositive();
        assertThat(result.samples()).extracting(Submission.TestRun::name).containsExactlyInAnyOrderElementsOf(problem.sampleNames());
    }
}
