package dev.boucle.scheduler.solver;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.busy;
import static dev.boucle.scheduler.Fixtures.cap;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.round;
import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import dev.boucle.scheduler.Fixtures;
import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import dev.boucle.scheduler.model.Schedules;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The moves that place what single changes cannot: a round whose only possible lead has a full
 * week is placed while one of that lead's rounds goes to someone else; a round off its loop's day
 * is brought back to it.
 */
class PlaceMovesTest {

    private static final String LONDON = "Europe/London";

    /** The moves tell a score director about each change; here nobody listens (the score is recomputed whole). */
    @SuppressWarnings("unchecked")
    private static ScoreDirector<Schedule> ignoring() {
        return (ScoreDirector<Schedule>) Proxy.newProxyInstance(ScoreDirector.class.getClassLoader(),
                new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> null);
    }

    private static Map<String, Round> rounds(Schedule s) {
        return s.getRounds().stream().collect(Collectors.toMap(Round::id, Function.identity()));
    }

    private static Map<String, Interviewer> people(Schedule s) {
        return s.getInterviewers().stream().collect(Collectors.toMap(Interviewer::id, Function.identity()));
    }

    @Test
    void aFullLeadTakesTheUnplacedRoundAndHandsOneOfTheirsToSomeoneWithRoom() {
        // ana (cap 1) is the only one who leads RESEARCH; she leads c1's CODING round, which bob could lead.
        InterviewerSpec ana = cap(person("ana", LONDON, "CODING", "RESEARCH"), 1);
        InterviewerSpec bob = person("bob", LONDON, "CODING");
        Instance instance = new Instance(15, List.of(ana, bob), List.of(
                loop("c1", LONDON, "en", List.of(between("2026-12-08T10:00", "2026-12-08T11:00")), round("a", "CODING", 60)),
                loop("c2", LONDON, "en", List.of(between("2026-12-08T14:00", "2026-12-08T15:00")), round("b", "RESEARCH", 60))));
        Schedule schedule = Schedules.from(instance);
        Round coding = rounds(schedule).get("a");
        Round research = rounds(schedule).get("b");
        coding.setLead(people(schedule).get("ana"));
        coding.setStart(Minutes.of(Fixtures.utc("2026-12-08T10:00")));
        assertThat(ScheduleSolver.score(schedule).mediumScore()).isEqualTo(-1);

        ReassignMove move = PlaceMoves.propose(schedule, new Random(3));
        assertThat(move.isMoveDoable(null)).isTrue();
        move.doMoveOnGenuineVariables(ignoring());
        assertThat(research.getLead().id()).isEqualTo("ana");
        assertThat(coding.getLead().id()).isEqualTo("bob");
        var score = ScheduleSolver.score(schedule);
        assertThat(score.hardScore()).isZero();
        assertThat(score.mediumScore()).isZero();
    }

    @Test
    void aRoundOffItsLoopsDayIsBroughtBackToIt() {
        InterviewerSpec ana = person("ana", LONDON, "CODING");
        InterviewerSpec bob = busy(person("bob", LONDON, "CODING"), between("2026-12-08T13:00", "2026-12-08T14:00"));
        Instance instance = new Instance(15, List.of(ana, bob), List.of(loop("c1", LONDON, "en",
                List.of(between("2026-12-08T10:00", "2026-12-08T16:00"), between("2026-12-09T10:00", "2026-12-09T16:00")),
                round("a", "CODING", 60), round("b", "CODING", 60))));
        Schedule schedule = Schedules.from(instance);
        Round first = rounds(schedule).get("a");
        Round second = rounds(schedule).get("b");
        first.setLead(people(schedule).get("ana"));
        first.setStart(Minutes.of(Fixtures.utc("2026-12-08T10:00")));
        second.setLead(people(schedule).get("bob"));
        second.setStart(Minutes.of(Fixtures.utc("2026-12-09T10:00")));
        long before = ScheduleSolver.score(schedule).softScore();

        ReassignMove move = PlaceMoves.propose(schedule, new Random(5));
        move.doMoveOnGenuineVariables(ignoring());
        var score = ScheduleSolver.score(schedule);
        assertThat(score.hardScore()).isZero();
        assertThat(first.candidateDay()).isEqualTo(second.candidateDay());
        assertThat(score.softScore()).isGreaterThan(before + Weights.EXTRA_DAY / 2);
    }
}
