package dev.boucle.interviews.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Interview loops drawn from the very model calibration assumes, with known answers:
 * score = ability + leniency + noise, clamped to [1, 4] and rounded to 0.25, as the mean of four
 * 1-4 competency scores would be. Seeded, so every test sees the same data on every run.
 */
final class SyntheticLoops {

    /** Five rounds; "coding" twice so that round type has panels for agreement. */
    static final List<String> ROUNDS = List.of("coding", "coding", "system-design", "behavioural", "manager");

    final List<Rating> ratings = new ArrayList<>();
    /** True leniency per interviewer id, in id order. */
    final Map<String, Double> trueLeniency = new LinkedHashMap<>();

    private SyntheticLoops() {}

    /**
     * @param leniencySpread true leniencies are evenly spaced over [-spread, +spread] (so they sum to 0),
     *                       then dealt to interviewers in a seeded random order
     */
    static SyntheticLoops generate(long seed, int candidates, int interviewers, int panel, double abilityMean,
            double abilitySd, double leniencySpread, double noiseSd) {
        Random random = new Random(seed);
        SyntheticLoops loops = new SyntheticLoops();
        List<Double> leniencies = new ArrayList<>();
        for (int j = 0; j < interviewers; j++) {
            leniencies.add(interviewers == 1 ? 0.0 : -leniencySpread + 2 * leniencySpread * j / (interviewers - 1));
        }
        Collections.shuffle(leniencies, random);
        List<String> ids = new ArrayList<>();
        for (int j = 0; j < interviewers; j++) {
            String id = String.format("interviewer-%02d", j);
            ids.add(id);
            loops.trueLeniency.put(id, leniencies.get(j));
        }
        for (int c = 0; c < candidates; c++) {
            String candidate = String.format("candidate-%03d", c);
            double ability = abilityMean + abilitySd * random.nextGaussian();
            List<String> pool = new ArrayList<>(ids);
            Collections.shuffle(pool, random);
            for (int k = 0; k < panel; k++) {
                String interviewer = pool.get(k);
                double raw = ability + loops.trueLeniency.get(interviewer) + noiseSd * random.nextGaussian();
                loops.ratings.add(new Rating(candidate + "/" + k, candidate, interviewer,
                        ROUNDS.get(k % ROUNDS.size()), quarter(Math.max(1, Math.min(4, raw)))));
            }
        }
        return loops;
    }

    /** The brief's world: 200 candidates, ability N(2.5, 0.5), 20 interviewers in [-0.6, 0.6], 5 each, noise 0.3. */
    static SyntheticLoops standard(long seed) {
        return generate(seed, 200, 20, 5, 2.5, 0.5, 0.6, 0.3);
    }

    static double quarter(double score) {
        return Math.round(score * 4) / 4.0;
    }
}
