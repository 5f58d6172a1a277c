package dev.boucle.pad;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One change to the document in CodeMirror's JSON form ({@code ChangeSet.toJSON}): a list whose
 * numbers keep that many characters and whose arrays {@code [n, line, line...]} replace n
 * characters with the lines joined by newlines. Lengths count UTF-16 units, as Java strings do,
 * so the server applies exactly what the browser applied.
 */
record Change(JsonNode json) {

    /** A change that does not fit the document it claims to be made on, or is not a change at all. */
    static final class Malformed extends RuntimeException {
        Malformed(String why) {
            super(why);
        }
    }

    /** The document after this change; refuses a change made on a document of another length. */
    String applyTo(String doc) {
        if (!json.isArray()) throw new Malformed("a change is a JSON array");
        StringBuilder out = new StringBuilder(doc.length() + 16);
        int pos = 0;
        for (JsonNode part : json) {
            if (part.isInt()) {
                int keep = part.intValue();
                if (keep < 0 || pos + keep > doc.length()) throw new Malformed("keeps past the end of the document");
                out.append(doc, pos, pos + keep);
                pos += keep;
            } else if (part.isArray() && !part.isEmpty() && part.get(0).isInt()) {
                int replace = part.get(0).intValue();
                if (replace < 0 || pos + replace > doc.length()) throw new Malformed("replaces past the end of the document");
                for (int i = 1; i < part.size(); i++) {
                    if (!part.get(i).isString()) throw new Malformed("inserted lines are strings");
                    if (i > 1) out.append('\n');
                    out.append(part.get(i).stringValue());
                }
                pos += replace;
            } else {
                throw new Malformed("each part is a length or [length, lines...]");
            }
        }
        if (pos != doc.length()) throw new Malformed("covers " + pos + " of the document's " + doc.length() + " characters");
        return out.toString();
    }

    /** Characters this change inserts, newlines included: what an unusually large insertion is measured by. */
    int inserted() {
        int total = 0;
        for (JsonNode part : json) {
            if (!part.isArray()) continue;
            for (int i = 1; i < part.size(); i++) total += part.get(i).stringValue().length() + (i > 1 ? 1 : 0);
        }
        return total;
    }

    /** The longest run of inserted text in this change, for the timeline's first characters. */
    String insertedText(int max) {
        StringBuilder out = new StringBuilder();
        for (JsonNode part : json) {
            if (!part.isArray()) continue;
            for (int i = 1; i < part.size() && out.length() < max; i++) {
                if (i > 1) out.append('\n');
                out.append(part.get(i).stringValue());
            }
        }
        return out.length() > max ? out.substring(0, max) : out.toString();
    }

    /** A change that replaces the whole of a document of this length with a new text. */
    static Change replaceAll(int length, String text) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode part = f.arrayNode().add(length);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.forEach(part::add);
        return new Change(f.arrayNode().add(part));
    }
}
