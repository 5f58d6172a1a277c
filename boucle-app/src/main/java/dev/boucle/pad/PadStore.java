package dev.boucle.pad;

import dev.boucle.pad.PadEvent.Actor;
import dev.boucle.pad.PadEvent.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pad's two tables. Every write happens under the document row's lock ({@link #lock}), which
 * is what numbers events and versions without gaps or duplicates across nodes.
 */
@Component
class PadStore {

    /** Events returned per page of the timeline. */
    static final int PAGE = 1000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PadStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Creates the round's empty document unless it exists; true if this call created it. */
    boolean createIfAbsent(long roundId, String language) {
        return jdbc.sql("insert into pad_documents (round_id, language, text) values (?, ?, '') on conflict (round_id) do nothing")
                .params(roundId, language).update() == 1;
    }

    Optional<PadDocument> find(long roundId) {
        return jdbc.sql("select round_id, language, text, version, seq from pad_documents where round_id = ?").param(roundId)
                .query(PadStore::document).optional();
    }

    /** The document, locked until the transaction ends: the caller must be in one. */
    Optional<PadDocument> lock(long roundId) {
        return jdbc.sql("select round_id, language, text, version, seq from pad_documents where round_id = ? for update")
                .param(roundId).query(PadStore::document).optional();
    }

    void save(long roundId, String text, int version, long seq, String language) {
        jdbc.sql("update pad_documents set text = ?, version = ?, seq = ?, language = ?, updated_at = now() where round_id = ?")
                .params(text, version, seq, language, roundId).update();
    }

    void append(long roundId, List<PadEvent> events) {
        for (PadEvent e : events) {
            jdbc.sql("""
                    insert into pad_events (round_id, seq, at, kind, actor, user_id, version, data)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""")
                    .params(roundId, e.seq(), java.sql.Timestamp.from(e.at()), e.kind().name(), e.actor().name(), e.userId(),
                            e.version(), json.writeValueAsString(e.data()))
                    .update();
        }
    }

    /** The edits after a version, oldest first: what a client that has that version lacks. */
    List<PadEvent> editsAfter(long roundId, int version, int limit) {
        return jdbc.sql("""
                select * from pad_events where round_id = ? and version > ? and version is not null
                 order by version limit ?""").params(roundId, version, limit).query(this::event).list();
    }

    /** Events after a sequence number, oldest first, of every kind or of all but edits. */
    List<PadEvent> eventsAfter(long roundId, long seq, boolean withEdits, int limit) {
        return jdbc.sql("select * from pad_events where round_id = ? and seq > ?" + (withEdits ? "" : " and kind <> 'EDIT'")
                        + " order by seq limit ?")
                .params(roundId, seq, limit).query(this::event).list();
    }

    int count(long roundId, java.util.Collection<Kind> kinds) {
        return jdbc.sql("select count(*) from pad_events where round_id = ? and kind = any(?)")
                .params(roundId, kinds.stream().map(Kind::name).toArray(String[]::new)).query(Integer.class).single();
    }

    private static PadDocument document(ResultSet rs, int n) throws SQLException {
        return new PadDocument(rs.getLong("round_id"), rs.getString("language"), rs.getString("text"), rs.getInt("version"),
                rs.getLong("seq"));
    }

    private PadEvent event(ResultSet rs, int n) throws SQLException {
        return new PadEvent(rs.getLong("seq"), rs.getTimestamp("at").toInstant(), Kind.valueOf(rs.getString("kind")),
                Actor.valueOf(rs.getString("actor")), (Long) rs.getObject("user_id"), (Integer) rs.getObject("version"),
                (ObjectNode) json.readTree(rs.getString("data")));
    }

}
