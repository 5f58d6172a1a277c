package dev.boucle.hiring.process;

/** The stages of a loop, in the only order they can come in. */
public enum StageKind {
    RECRUITER_SCREEN(false),
    HIRING_MANAGER(false),
    PHONE_SCREEN(true),
    ONSITE_LOOP(true),
    FINAL_REVIEW(true),
    OFFER(false);

    private final boolean gated;

    StageKind(boolean gated) {
        this.gated = gated;
    }

    /**
     * Whether leaving this stage needs every round done or waived by a named person. The
     * technical rounds are the evidence the final review weighs, so a missing one must be a
     * decision, not an accident; the screens are decided in the conversation itself, by the
     * person who advances the candidate. The final review has rounds only when a "more data"
     * decision added some, and then those must be in before it can end.
     */
    public boolean gated() {
        return gated;
    }

    public String messageKey() {
        return "stage." + name();
    }
}
