package dev.boucle.portal;

import dev.boucle.hiring.process.AiPolicy;
import dev.boucle.platform.Text;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The preparation guides, as one data file holds them: what each AI-tool policy means for the
 * candidate, each track's introduction and themes to prepare, and each round type's guide.
 * A track's guide on a page is its own part plus the guide of every round type its loop has,
 * with the round's focus in that track taken from the process file.
 */
record Guide(Map<AiPolicy, Text> policies, Map<String, TrackGuide> tracks, Map<String, RoundGuide> roundTypes) {

    Guide {
        policies = Map.copyOf(policies);
        tracks = Map.copyOf(tracks);
        roundTypes = Map.copyOf(roundTypes);
    }

    record Theme(Text title, Text body) {}

    record TrackGuide(String track, Text intro, List<Theme> prepare) {
        TrackGuide {
            prepare = List.copyOf(prepare);
        }
    }

    record RoundGuide(String type, Text assesses, List<Text> prepare, Text onTheDay) {
        RoundGuide {
            prepare = List.copyOf(prepare);
        }
    }

    Optional<TrackGuide> track(String key) {
        return Optional.ofNullable(tracks.get(key));
    }

    Optional<RoundGuide> round(String type) {
        return Optional.ofNullable(roundTypes.get(type));
    }

    Text policy(AiPolicy policy) {
        return policies.get(policy);
    }
}
