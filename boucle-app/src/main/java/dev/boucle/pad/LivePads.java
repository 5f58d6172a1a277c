package dev.boucle.pad;

import dev.boucle.pad.PadEvent.Actor;
import dev.boucle.pad.PadEvent.Kind;
import dev.boucle.platform.Conflict;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The document's authority. A change is accepted only against the version it was made on, under
 * the document row's lock, and stored with the new text and the timeline line in one transaction
 * whose commit also tells every node ({@link PadChannel}). A change made on an older version is
 * not merged here: the client gets what it lacks, rebases its own changes (the editor's
 * collaboration extension does this) and sends them again. So the server never guesses.
 */
@Service
class LivePads {

    /** Longer than any honest solution, well under the judge's 256 KiB limit on a source. */
    static final int MAX_CHARS = 100_000;
    /** Changes in one message. */
    static final int MAX_UPDATES = 100;
    /** A candidate's single edit inserting at least this much is a large insertion on the timeline. */
    static final int LARGE_INSERTION = 80;
    /** The client id of the server's own changes (the starter code, a switch of language). */
    static final String SERVER = "server";
    /** How much of a paste or an insertion the timeline keeps: enough to recognise it. */
    static final int PREVIEW = 40;

    /** One change as the client sends it: the change and the editor's client id. */
    record Update(Change change, String clientId) {}

    /** What became of a push. */
    sealed interface Outcome {
        record Accepted(int version) implements Outcome {}

        /** The client was behind: here is what it lacks; it rebases and sends again. */
        record Behind(List<PadEvent> missing) implements Outcome {}
    }

    private final PadStore store;
    private final PadChannel channel;
    private final PadDoors doors;
    private final JsonMapper json;
    private final Clock clock;

    LivePads(PadStore store, PadChannel channel, PadDoors doors, JsonMapper json, Clock clock) {
        this.store = store;
        this.channel = channel;
        this.doors = doors;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The document; on first use it starts empty and the starter code goes in as its first change,
     * so that playback from an empty page reproduces every state the document went through.
     */
    @Transactional
    PadDocument document(Participant who, String language, String starter) {
        if (store.createIfAbsent(who.roundId(), language) && !starter.isEmpty()) {
            Change change = Change.replaceAll(0, starter);
            PadEvent first = PadEvent.edit(1, clock.instant(), Actor.SYSTEM, null, 1, change, SERVER);
            store.append(who.roundId(), List.of(first));
            store.save(who.roundId(), starter, 1, 1, language);
        }
        return store.find(who.roundId()).orElseThrow();
    }

    @Transactional
    Outcome push(Participant who, int version, List<Update> updates) {
        if (updates.isEmpty() || updates.size() > MAX_UPDATES) throw new Change.Malformed("1 to " + MAX_UPDATES + " changes per message");
        if (!doors.open(who.roundId())) throw new Conflict("pad.closed");
        PadDocument doc = store.lock(who.roundId()).orElseThrow(() -> new Change.Malformed("the pad has no document yet"));
        if (version > doc.version()) throw new Change.Malformed("version " + version + " is ahead of the server's " + doc.version());
        if (version < doc.version()) return new Outcome.Behind(store.editsAfter(who.roundId(), version, PadStore.PAGE));
        String text = doc.text();
        long seq = doc.seq();
        int v = doc.version();
        List<PadEvent> events = new ArrayList<>();
        List<PadEvent> signals = new ArrayList<>();
        var now = clock.instant();
        for (Update u : updates) {
            text = u.change().applyTo(text);
            if (text.length() > MAX_CHARS) throw new Change.Malformed("the document would pass " + MAX_CHARS + " characters");
            int inserted = u.change().inserted();
            events.add(PadEvent.edit(++seq, now, who.actor(), who.userId(), ++v, u.change(), u.clientId()));
            if (who.candidate() && who.watched() && inserted >= LARGE_INSERTION) {
                ObjectNode large = json.createObjectNode().put("size", inserted).put("preview", u.change().insertedText(PREVIEW));
                signals.add(new PadEvent(++seq, now, Kind.LARGE_INSERTION, who.actor(), who.userId(), null, large));
            }
        }
        events.addAll(signals);
        store.append(who.roundId(), events);
        store.save(who.roundId(), text, v, seq, doc.language());
        announceEdits(who.roundId(), doc.version(), events);
        signals.forEach(e -> announce(who.roundId(), e));
        return new Outcome.Accepted(v);
    }

    /** Adds a line to the timeline (a run, a verdict, a signal, an exchange) and tells the clients. */
    @Transactional
    PadEvent record(long roundId, Kind kind, Actor actor, @org.jspecify.annotations.Nullable Long userId, ObjectNode data) {
        PadDocument doc = store.lock(roundId).orElseThrow(() -> new Conflict("pad.not-started"));
        PadEvent event = new PadEvent(doc.seq() + 1, clock.instant(), kind, actor, userId, null, data);
        store.append(roundId, List.of(event));
        store.save(roundId, doc.text(), doc.version(), event.seq(), doc.language());
        announce(roundId, event);
        return event;
    }

    /**
     * Switches the document's language. The text becomes the new language's starter code when it is
     * still empty or the old starter (nobody's work is thrown away); otherwise it stays.
     */
    @Transactional
    void switchLanguage(Participant who, String language, java.util.Map<String, String> starters) {
        if (!doors.open(who.roundId())) throw new Conflict("pad.closed");
        PadDocument doc = store.lock(who.roundId()).orElseThrow(() -> new Conflict("pad.not-started"));
        if (doc.language().equals(language)) return;
        boolean untouched = doc.text().isBlank() || doc.text().equals(starters.get(doc.language()));
        String text = doc.text();
        long seq = doc.seq();
        int v = doc.version();
        List<PadEvent> events = new ArrayList<>();
        var now = clock.instant();
        if (untouched) {
            Change change = Change.replaceAll(text.length(), starters.getOrDefault(language, ""));
            text = change.applyTo(text);
            events.add(PadEvent.edit(++seq, now, Actor.SYSTEM, null, ++v, change, SERVER));
        }
        ObjectNode data = json.createObjectNode().put("from", doc.language()).put("to", language).put("starter", untouched);
        PadEvent switched = new PadEvent(++seq, now, Kind.LANGUAGE, who.actor(), who.userId(), null, data);
        events.add(switched);
        store.append(who.roundId(), events);
        store.save(who.roundId(), text, v, seq, language);
        if (untouched) announceEdits(who.roundId(), doc.version(), events.subList(0, 1));
        announce(who.roundId(), switched);
    }

    /** Staff and the candidate's page read the same timeline; edits only for staff and playback. */
    List<PadEvent> events(long roundId, long after, boolean withEdits) {
        return store.eventsAfter(roundId, after, withEdits, PadStore.PAGE);
    }

    List<PadEvent> editsAfter(long roundId, int version) {
        return store.editsAfter(roundId, version, PadStore.PAGE);
    }

    /** A client's cursor, to the other clients of every node; not stored. */
    void cursor(Participant who, String clientId, ObjectNode cursor) {
        ObjectNode message = cursor.put("k", "c").put("r", who.roundId()).put("who", clientId)
                .put("name", who.name()).put("role", who.actor().name());
        channel.send(message);
    }

    void left(Participant who, String clientId) {
        channel.send(json.createObjectNode().put("k", "c").put("r", who.roundId()).put("who", clientId).put("gone", true));
    }

    /** An edit as the editor's collaboration protocol takes it: the change and who made it. */
    static ObjectNode update(PadEvent edit) {
        ObjectNode u = edit.data().objectNode();
        u.set("c", edit.data().get("changes"));
        u.put("id", edit.data().get("clientId").asString());
        return u;
    }

    private void announceEdits(long roundId, int from, List<PadEvent> events) {
        ArrayNode updates = json.createArrayNode();
        events.stream().filter(e -> e.kind() == Kind.EDIT).forEach(e -> updates.add(update(e)));
        ObjectNode message = json.createObjectNode().put("k", "u").put("r", roundId).put("from", from);
        message.set("updates", updates);
        if (!PadChannel.fits(message.toString())) message.remove("updates");
        channel.send(message);
    }

    private void announce(long roundId, PadEvent event) {
        ObjectNode message = json.createObjectNode().put("k", "e").put("r", roundId).put("seq", event.seq());
        message.set("e", event.toJson());
        if (!PadChannel.fits(message.toString())) message.remove("e");
        channel.send(message);
    }
}
