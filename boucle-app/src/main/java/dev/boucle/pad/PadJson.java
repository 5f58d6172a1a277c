package dev.boucle.pad;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The pad's JSON: the document as the server holds it, and timeline pages. */
@Component
class PadJson {

    private final JsonMapper json;

    PadJson(JsonMapper json) {
        this.json = json;
    }

    ObjectNode state(PadView view) {
        PadDocument doc = view.document();
        return json.createObjectNode().put("roundId", doc.roundId()).put("problemId", view.who().problem().id())
                .put("language", doc.language()).put("text", doc.text()).put("version", doc.version()).put("seq", doc.seq())
                .put("policy", view.who().policy().name()).put("open", view.open());
    }

    ArrayNode events(List<PadEvent> events) {
        ArrayNode out = json.createArrayNode();
        events.forEach(e -> out.add(e.toJson()));
        return out;
    }
}
