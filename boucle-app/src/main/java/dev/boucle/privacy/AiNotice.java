package dev.boucle.privacy;

import java.util.List;

/**
 * What candidates are told about the computed signals in their process (AI Act Art. 26(11),
 * GDPR Art. 13(2)(f)): which signals there are, how each is used, and that a person decides. The
 * texts are in the message bundles (aiact_*.properties); {@link #VERSION} names this wording, and
 * the deployer duties record which version candidates were shown.
 */
public final class AiNotice {

    /** Raise when a signal is added or its use changes, so the record of what candidates were told stays true. */
    public static final int VERSION = 1;

    /** One computed signal: its message keys' stem ({@code aiact.notice.<key>.what} and {@code .how}). */
    public record Signal(String key) {}

    /** Auto-graded code in coding rounds, calibrated scores for reviewers, scheduling suggestions. */
    public static final List<Signal> SIGNALS = List.of(new Signal("judge"), new Signal("calibration"), new Signal("scheduling"));

    private AiNotice() {}
}
