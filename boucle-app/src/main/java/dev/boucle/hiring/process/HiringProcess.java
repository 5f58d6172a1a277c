package dev.boucle.hiring.process;

import dev.boucle.platform.Text;

import java.util.List;
import java.util.Optional;

/**
 * A whole hiring process as loaded from one YAML file. Immutable: replacing the process swaps
 * the instance, so a request sees one consistent version.
 *
 * @param atRiskWeeks  time in process after which an application is flagged at risk
 * @param overdueWeeks time in process after which it is overdue
 */
public record HiringProcess(int version, Text name, int atRiskWeeks, int overdueWeeks, List<Level> levels,
        List<Office> offices, List<RoundType> roundTypes, List<Track> tracks) {

    public HiringProcess {
        levels = List.copyOf(levels);
        offices = List.copyOf(offices);
        roundTypes = List.copyOf(roundTypes);
        tracks = List.copyOf(tracks);
    }

    public Optional<Track> track(String key) {
        return tracks.stream().filter(t -> t.key().equals(key)).findFirst();
    }

    public Optional<Office> office(String key) {
        return offices.stream().filter(o -> o.key().equals(key)).findFirst();
    }

    public Optional<Level> level(String key) {
        return levels.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    public Optional<RoundType> roundType(String key) {
        return roundTypes.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
