package dev.boucle.hiring;

import java.util.List;

/**
 * A round with its panel and where its application stands: what the modules that plan, book
 * and chase interviews need of hiring, in one row per round. The panel is a list of user ids.
 */
public record PanelRound(RoundId round, ApplicationId application, CandidateId candidate, String candidateName, String type,
        Round.Status status, ApplicationStatus applicationStatus, List<Long> panel) {

    public PanelRound {
        panel = List.copyOf(panel);
    }
}
