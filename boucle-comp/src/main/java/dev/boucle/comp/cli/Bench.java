package dev.boucle.comp.cli;

import dev.boucle.comp.NetEngine;
import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.api.UsState;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A rough throughput figure for the docs, not a rigorous benchmark (no JMH): nets per second per
 * country on one thread, after a warm-up, with grosses spread over 20k-400k.
 */
final class Bench {

    private Bench() {
    }

    static Map<String, Object> run(NetEngine engine, int year, double seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", year);
        out.put("secondsPerCountry", seconds);
        out.put("FR", measure(seconds, i -> new NetRequest.France(year, gross(i), i % 2 == 0 ? Household.SINGLE : Household.COUPLE, i % 4)));
        out.put("UK", measure(seconds, i -> new NetRequest.Uk(year, gross(i), i % 2 == 0 ? UkRegion.ENG : UkRegion.SCT, Set.of(StudentLoanPlan.PLAN_2)), engine));
        out.put("US", measure(seconds, i -> new NetRequest.Us(year, gross(i), i % 2 == 0 ? Filing.SINGLE : Filing.MFJ, i % 3 == 0 ? UsState.CA : UsState.NY, i % 3 != 0), engine));
        return out;
    }

    private static Map<String, Object> measure(double seconds, IntFunction<NetRequest> requests) {
        return measure(seconds, requests, new NetEngine());
    }

    private static Map<String, Object> measure(double seconds, IntFunction<NetRequest> requests, NetEngine engine) {
        long warmUntil = System.nanoTime() + (long) (seconds * 0.3e9);
        int i = 0;
        while (System.nanoTime() < warmUntil) {
            engine.net(requests.apply(i++));
        }
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long count = 0;
        while (System.nanoTime() < end) {
            engine.net(requests.apply((int) count));
            count++;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nets", count);
        m.put("netsPerSecond", Math.round(count / elapsed));
        return m;
    }

    private static Start gross(int i) {
        return new Start.Gross(BigDecimal.valueOf(20_000L + (i * 7_919L) % 380_000L));
    }
}
