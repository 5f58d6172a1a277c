package dev.boucle.hiring;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.hiring.process.StageKind;
import dev.boucle.hiring.process.Track;
import dev.boucle.people.CurrentUser;
import dev.boucle.people.Role;
import dev.boucle.people.UserAdministration;
import dev.boucle.people.Users;
import dev.boucle.platform.BoucleProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo company, loaded once into an empty database when BOUCLE_DEMO=true: one user per
 * role (random passwords printed at each demo start, see DemoAccounts), a job per track and a few more, and
 * candidates generated from a fixed seed and walked through the loop with the same code a
 * recruiter uses, so every stage, status and timeline is one the product could produce.
 */
@Component
@org.springframework.core.annotation.Order(10)
class DemoCompany implements ApplicationRunner {

    static final int CANDIDATES = 72;
    private static final Logger log = LoggerFactory.getLogger(DemoCompany.class);
    private static final String[] FIRST = {"Camille", "Léa", "Hugo", "Inès", "Lucas", "Chloé", "Mathis", "Manon", "Yanis",
            "Sarah", "Olivia", "Oliver", "Amelia", "George", "Isla", "Harry", "Priya", "Arjun", "Wei", "Mei", "Sofia",
            "Mateo", "Emma", "Noah", "Ava", "Liam", "Fatou", "Moussa", "Zoé", "Théo", "Aylin", "Jonas", "Elena", "Marco"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
            "Leroy", "Moreau", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Patel", "Nguyen", "Garcia",
            "Rossi", "Müller", "Kowalski", "Diallo", "Haddad", "Chen", "Okafor", "Novak", "Lindqvist", "Silva", "Kaya"};

    private final BoucleProperties props;
    private final UserAdministration userAdmin;
    private final dev.boucle.people.DemoAccounts demoAccounts;
    private final Users users;
    private final OpeningJobs jobs;
    private final CandidateIntake intake;
    private final MovingApplications moves;
    private final Rounds rounds;
    private final ProcessCatalog catalog;
    private final TransactionTemplate tx;
    private final Clock clock;

    DemoCompany(BoucleProperties props, UserAdministration userAdmin, Users users, OpeningJobs jobs, CandidateIntake intake,
            MovingApplications moves, Rounds rounds, ProcessCatalog catalog,
            TransactionTemplate tx, Clock clock, dev.boucle.people.DemoAccounts demoAccounts) {
        this.props = props;
        this.userAdmin = userAdmin;
        this.demoAccounts = demoAccounts;
        this.users = users;
        this.jobs = jobs;
        this.intake = intake;
        this.moves = moves;
        this.rounds = rounds;
        this.catalog = catalog;
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demo() || users.emailTaken("admin@boucle.test")) return;
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> load());
        log.info("Demo company loaded in {} ms: its accounts and passwords are printed below",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private void load() {
        user("admin@boucle.test", "Ada Admin", Role.ADMIN);
        CurrentUser recruiter = user("recruiter@boucle.test", "Romane Recruteuse", Role.RECRUITER);
        CurrentUser manager = user("manager@boucle.test", "Marc Manager", Role.HIRING_MANAGER, Role.INTERVIEWER);
        user("committee@boucle.test", "Claire Comité", Role.COMMITTEE);
        CurrentUser manager2 = user("manager2@boucle.test", "Helen Hughes", Role.HIRING_MANAGER, Role.INTERVIEWER);
        List<CurrentUser> interviewers = new ArrayList<>();
        interviewers.add(user("interviewer@boucle.test", "Inès Interviewer", Role.INTERVIEWER));
        String[] panel = {"Julien Faure", "Grace Okoye", "Tom Becker", "Aiko Tanaka", "Nadia Benali", "Sam Carter", "Lina Haddad"};
        for (int i = 0; i < panel.length; i++) {
            interviewers.add(user("panel" + (i + 1) + "@boucle.test", panel[i], Role.INTERVIEWER));
        }

        List<Long> jobIds = List.of(
                job("Research Scientist, Pretraining", "research-scientist", "L6", "paris", manager),
                job("Research Engineer, Inference", "research-engineer", "L5", "london", manager),
                job("Software Engineer, API Platform", "software-engineer", "L5", "paris", manager2),
                job("Solutions Engineer, Enterprise", "solutions-engineer", "L5", "new-york", manager2),
                job("Software Engineer, Developer Tools", "software-engineer", "L4", "san-francisco", manager),
                job("Applied Engineer, Public Sector", "solutions-engineer", "L6", "paris", manager2));

        HiringProcess process = catalog.current();
        Random random = new Random(2026);
        Instant now = clock.instant();
        for (int i = 0; i < CANDIDATES; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            long candidate = intake.add(new CandidateIntake.NewCandidate(first + " " + last,
                    ascii(first) + "." + ascii(last) + "." + (i + 1) + "@example.com", null,
                    List.of("Paris", "London", "Lyon", "Berlin", "New York", "San Francisco", "Remote").get(random.nextInt(7)),
                    List.of("referral", "inbound", "sourced", "open-source", "conference").get(random.nextInt(5))), recruiter.id());
            long jobId = jobIds.get(i % jobIds.size());
            Track track = process.track(jobs.job(jobId).track()).orElseThrow();
            walk(candidate, jobId, track, i, random, now, recruiter, interviewers);
        }
    }

    /** Applies and walks one candidate to a target stage, leaving a believable history behind. */
    private void walk(long candidateId, long jobId, Track track, int i, Random random, Instant now, CurrentUser actor,
            List<CurrentUser> interviewers) {
        List<StageKind> stages = track.stageKinds();
        int target = (i / 6 + i) % stages.size(); // every stage of every job gets candidates
        Instant at = now.minus(Duration.ofDays(3 + random.nextInt(60))).minus(Duration.ofMinutes(random.nextInt(600)));
        long app = moves.applyAt(candidateId, jobId, actor, at);
        for (int s = 0; s < target; s++) {
            StageKind stage = stages.get(s);
            for (Round round : rounds.of(app)) {
                if (round.stage() != stage || round.status() != Round.Status.OPEN) continue;
                rounds.assign(round.id(), interviewers.get(random.nextInt(interviewers.size())).id());
                at = step(at, now, random);
                boolean waive = stage.gated() && random.nextInt(12) == 0;
                moves.resolveRoundAt(app, round.id(), waive ? Round.Status.WAIVED : Round.Status.DONE,
                        waive ? "Covered by an equivalent round in a previous loop" : null, actor, at);
            }
            at = step(at, now, random);
            moves.moveAt(app, Action.ADVANCE, null, actor, at);
        }
        for (Round round : rounds.of(app)) {
            if (round.status() == Round.Status.OPEN && random.nextBoolean()) {
                rounds.assign(round.id(), interviewers.get(random.nextInt(interviewers.size())).id());
            }
        }
        int fate = random.nextInt(10);
        Instant last = step(at, now, random);
        if (fate == 0) moves.moveAt(app, Action.REJECT, "Below the bar on the rounds so far", actor, last);
        else if (fate == 1) moves.moveAt(app, Action.WITHDRAW, "Accepted another offer", actor, last);
        else if (fate == 2) moves.moveAt(app, Action.HOLD, "Candidate travelling for two weeks", actor, last);
    }

    private static Instant step(Instant at, Instant now, Random random) {
        Instant next = at.plus(Duration.ofHours(6 + random.nextInt(60)));
        return next.isAfter(now) ? now : next;
    }

    /** A demo account: its password is set (and printed) by DemoAccounts at every demo start. */
    private CurrentUser user(String email, String name, Role... roles) {
        CurrentUser user = userAdmin.create(new UserAdministration.NewUser(email, name,
                java.util.Arrays.stream(roles).map(Enum::name).toList(), email.startsWith("recruiter") ? "fr" : "en", null));
        demoAccounts.enlist(user.id());
        return user;
    }

    private long job(String title, String track, String level, String office, CurrentUser manager) {
        CurrentUser admin = users.byEmail("admin@boucle.test").orElseThrow();
        return jobs.open(new OpeningJobs.NewJob(title, track, level, office, manager.id()), admin);
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase();
    }
}
