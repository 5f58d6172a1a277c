package dev.boucle.offers;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bands file in force: bands, where each office is taxed, and the approval policy. */
public record BandBook(List<Band> bands, Map<String, TaxResidence> offices, ApprovalPolicy approvals) {

    public Optional<Band> band(String track, String level, String office) {
        return bands.stream().filter(b -> b.track().equals(track) && b.level().equals(level) && b.office().equals(office))
                .findFirst();
    }
}
