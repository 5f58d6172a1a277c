package dev.boucle.pad;

import java.util.List;

/** The live pad script's words, rendered into the page in the reader's language (keys under {@code pad.js.}). */
public final class PadTexts {

    public static final List<String> KEYS = List.of("connecting", "live", "polling", "offline", "closed", "error", "play", "pause",
            "run.queued", "run.verdict", "run.details", "assistant.thinking", "assistant.you", "assistant.answer",
            "who.CANDIDATE", "who.STAFF", "who.SYSTEM", "kind.EDIT", "kind.RUN", "kind.VERDICT", "kind.LANGUAGE", "kind.PASTE",
            "kind.FOCUS_LOST", "kind.FOCUS_BACK", "kind.LARGE_INSERTION", "kind.ASSIST_PROMPT", "kind.ASSIST_ANSWER",
            "playback.start", "cursor.candidate");

    private PadTexts() {}
}
