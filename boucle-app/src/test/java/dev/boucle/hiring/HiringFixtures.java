package dev.boucle.hiring;

import dev.boucle.hiring.process.StageKind;
import dev.boucle.people.CurrentUser;
import java.util.List;
import org.springframework.context.ApplicationContext;

/**
 * Jobs, candidates and applications made through hiring's own services, for the module tests of
 * the modules that build on hiring (they cannot reach its package-private services themselves).
 */
public final class HiringFixtures {

    private final OpeningJobs jobs;
    private final CandidateIntake intake;
    private final MovingApplications moves;
    private final ApplicationDetails details;

    public HiringFixtures(ApplicationContext context) {
        this.jobs = context.getBean(OpeningJobs.class);
        this.intake = context.getBean(CandidateIntake.class);
        this.moves = context.getBean(MovingApplications.class);
        this.details = context.getBean(ApplicationDetails.class);
    }

    /** A new candidate's application to a new job of this track, level and office, at the first stage. */
    public long application(String track, String level, String office, CurrentUser by) {
        long job = jobs.open(new OpeningJobs.NewJob("Module job " + System.nanoTime(), track, level, office, null), by);
        long candidate = intake.add(new CandidateIntake.NewCandidate("Module Candidate", "module-" + System.nanoTime() + "@example.com",
                null, null, null), by.id());
        return moves.apply(candidate, job, by);
    }

    /** Advances the application stage by stage, each stage's open rounds completed, until it stands at {@code stage}. */
    public void walkTo(long application, StageKind stage, CurrentUser by) {
        for (int i = 0; i < StageKind.values().length; i++) {
            ApplicationDetails.Details app = details.application(application, by);
            if (app.position().stage() == stage) return;
            for (Round round : app.rounds()) {
                if (round.stage() == app.position().stage() && round.status() == Round.Status.OPEN) {
                    moves.resolveRound(application, round.id(), Round.Status.DONE, null, by);
                }
            }
            moves.move(application, Action.ADVANCE, null, by);
        }
        throw new IllegalStateException("application " + application + " did not reach " + stage);
    }

    /** The application's rounds of this stage. */
    public List<Round> rounds(long application, StageKind stage, CurrentUser by) {
        return details.application(application, by).rounds().stream().filter(r -> r.stage() == stage).toList();
    }
}
