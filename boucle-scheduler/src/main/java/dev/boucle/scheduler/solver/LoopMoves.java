package dev.boucle.scheduler.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import dev.boucle.scheduler.model.Loop;
import dev.boucle.scheduler.model.Round;
import dev.boucle.scheduler.model.Schedule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random {@link LoopMove}s: half shift a whole loop so that its first round starts at another of
 * its offered starts (another hour or another day), half make two rounds of a loop trade starts.
 */
public final class LoopMoves implements MoveIteratorFactory<Schedule, LoopMove> {

    @Override
    public long getSize(ScoreDirector<Schedule> scoreDirector) {
        return scoreDirector.getWorkingSolution().getRounds().size() * 8L;
    }

    @Override
    public Iterator<LoopMove> createOriginalMoveIterator(ScoreDirector<Schedule> scoreDirector) {
        throw new UnsupportedOperationException("loop moves are only selected at random");
    }

    @Override
    public Iterator<LoopMove> createRandomMoveIterator(ScoreDirector<Schedule> scoreDirector, Random random) {
        Map<Loop, List<Round>> byLoop = new LinkedHashMap<>();
        for (Round round : scoreDirector.getWorkingSolution().getRounds()) {
            if (!round.isPinned()) {
                byLoop.computeIfAbsent(round.loop(), l -> new ArrayList<>()).add(round);
            }
        }
        List<List<Round>> loops = byLoop.values().stream().filter(l -> l.size() > 1).toList();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !loops.isEmpty();
            }

            @Override
            public LoopMove next() {
                List<Round> placed = loops.get(random.nextInt(loops.size())).stream().filter(Round::assigned).toList();
                if (placed.size() < 2) {
                    return new LoopMove(List.of(), List.of());
                }
                return random.nextBoolean() ? shift(placed, random) : trade(placed, random);
            }
        };
    }

    static LoopMove shift(List<Round> placed, Random random) {
        Round first = placed.stream().min((a, b) -> Long.compare(a.getStart(), b.getStart())).orElseThrow();
        long target = first.startRange().get(random.nextInt(first.startRange().size()));
        long delta = target - first.getStart();
        return new LoopMove(placed, placed.stream().map(r -> r.getStart() + delta).toList());
    }

    static LoopMove trade(List<Round> placed, Random random) {
        int a = random.nextInt(placed.size());
        int b = (a + 1 + random.nextInt(placed.size() - 1)) % placed.size();
        Round left = placed.get(a);
        Round right = placed.get(b);
        // The earlier round's slot goes to the other one, which then ends where it must: no gap opens.
        Round early = left.getStart() <= right.getStart() ? left : right;
        Round late = early == left ? right : left;
        long lateStart = early.getStart();
        long earlyStart = late.end() - early.minutes();
        return new LoopMove(List.of(late, early), List.of(lateStart, earlyStart));
    }
}
