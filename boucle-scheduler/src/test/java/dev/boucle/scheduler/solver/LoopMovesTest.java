package dev.boucle.scheduler.solver;

import static dev.boucle.scheduler.Fixtures.between;
import static dev.boucle.scheduler.Fixtures.busy;
import static dev.boucle.scheduler.Fixtures.candidate;
import static dev.boucle.scheduler.Fixtures.lead;
import static dev.boucle.scheduler.Fixtures.loop;
import static dev.boucle.scheduler.Fixtures.person;
import static dev.boucle.scheduler.Fixtures.utc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.scheduler.model.Interviewer;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Minutes;
import dev.boucle.scheduler.model.Round;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Moves of a whole loop: they keep the loop's shape and are refused where a lead cannot follow. */
class LoopMovesTest {

    private final Loop london = candidate(loop("c1", "Europe/London", "en", List.of(between("2026-12-08T08:00", "2026-12-08T17:00"))));
    private final Interviewer ana = lead(person("ana", "Europe/London", "CODING"));
    private final Interviewer ben = lead(busy(person("ben", "Europe/London", "CODING"), between("2026-12-08T13:00", "2026-12-08T14:00")));

    private Round round(String id, int minutes, Interviewer lead, String start) {
        List<Long> starts = LongStream.iterate(Minutes.of(utc("2026-12-08T08:00")), t -> t + 15)
                .limit((9 * 60 - minutes) / 15 + 1).boxed().toList();
        Round round = new Round(id, "CODING", minutes, london, List.of(ana, ben), starts, List.of());
        round.setLead(lead);
        round.setStart(Minutes.of(utc(start)));
        return round;
    }

    @Test
    void twoRoundsTradePlacesWithoutOpeningAGap() {
        Round first = round("a", 60, ana, "2026-12-08T09:00");
        Round second = round("b", 45, ben, "2026-12-08T10:15");
        LoopMove move = LoopMoves.trade(List.of(first, second), new Random(1));
        assertThat(List.<Object>copyOf(move.getPlanningEntities())).containsExactly(second, first);
        assertThat(List.<Object>copyOf(move.getPlanningValues())).containsExactly(Minutes.of(utc("2026-12-08T09:00")), Minutes.of(utc("2026-12-08T10:00")));
        assertThat(move.isMoveDoable(null)).isTrue();
    }

    @Test
    void aShiftMovesEveryRoundByTheSameAmount() {
        Round first = round("a", 60, ana, "2026-12-08T09:00");
        Round second = round("b", 60, ana, "2026-12-08T10:15");
        LoopMove move = LoopMoves.shift(List.of(first, second), new Random(7));
        List<?> starts = List.copyOf(move.getPlanningValues());
        assertThat((Long) starts.get(1) - (Long) starts.get(0)).isEqualTo(75);
    }

    @Test
    void aMoveThatWouldSeatABusyLeadIsNotDoable() {
        Round first = round("a", 60, ana, "2026-12-08T09:00");
        Round second = round("b", 60, ben, "2026-12-08T10:15");
        long later = Minutes.of(utc("2026-12-08T12:00")) - Minutes.of(utc("2026-12-08T09:00"));
        LoopMove intoBensMeeting = new LoopMove(List.of(first, second), List.of(first.getStart() + later, second.getStart() + later));
        assertThat(intoBensMeeting.isMoveDoable(null)).isFalse();
        LoopMove anHourLater = new LoopMove(List.of(first, second), List.of(first.getStart() + 60, second.getStart() + 60));
        assertThat(anHourLater.isMoveDoable(null)).isTrue();
        LoopMove beforeWork = new LoopMove(List.of(first, second), List.of(first.getStart() - 60, second.getStart() - 60));
        assertThat(beforeWork.isMoveDoable(null)).isFalse();
    }
}
