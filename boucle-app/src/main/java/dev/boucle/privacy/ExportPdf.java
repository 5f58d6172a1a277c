package dev.boucle.privacy;

import dev.boucle.platform.PdfDocument;
import dev.boucle.platform.PdfDocument.Paragraph;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export as a document a person can read: a heading per section in their language, each
 * record as "field: value" lines, nested values under their path. It renders the same tree as the
 * JSON, so the two never disagree.
 */
@Component
class ExportPdf {

    private final MessageSource messages;
    private final JsonMapper json;

    ExportPdf(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    byte[] render(SubjectAccess.Export export, Locale locale) {
        List<Paragraph> out = new ArrayList<>();
        String title = t(locale, "privacy.export.title", export.candidateId());
        out.add(Paragraph.heading(title));
        out.add(Paragraph.text(t(locale, "privacy.export.generated",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneOffset.UTC).format(export.generatedAt()))));
        out.add(Paragraph.text(t(locale, "privacy.export.intro")));
        for (Map.Entry<String, Object> section : export.sections().entrySet()) {
            out.add(Paragraph.heading(messages.getMessage("privacy.export.section." + section.getKey(), null, section.getKey(), locale)));
            block(json.valueToTree(section.getValue()), "", out, locale);
        }
        return PdfDocument.render(title, out);
    }

    private void block(JsonNode node, String path, List<Paragraph> out, Locale locale) {
        if (node.isArray()) {
            if (node.isEmpty()) out.add(Paragraph.text((path.isEmpty() ? "" : path + ": ") + t(locale, "privacy.export.none")));
            int i = 0;
            for (JsonNode item : node) {
                if (item.isObject()) {
                    out.add(Paragraph.subheading((path.isEmpty() ? "" : path + " ") + "#" + (++i)));
                    out.add(Paragraph.text(String.join("\n", lines(item, ""))));
                } else {
                    out.add(Paragraph.text((path.isEmpty() ? "" : path + ": ") + item.asString()));
                }
            }
        } else if (node.isObject()) {
            List<String> flat = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String key = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getValue().isArray()) {
                    if (!flat.isEmpty()) out.add(Paragraph.text(String.join("\n", flat)));
                    flat.clear();
                    out.add(Paragraph.subheading(messages.getMessage("privacy.export.part." + field.getKey(), null, key, locale)));
                    block(field.getValue(), "", out, locale);
                } else {
                    flat.addAll(lines(field.getValue(), key));
                }
            }
            if (!flat.isEmpty()) out.add(Paragraph.text(String.join("\n", flat)));
        } else {
            out.add(Paragraph.text(node.isNull() ? "—" : node.asString()));
        }
    }

    /** A value as "path: value" lines, objects and arrays unfolded under their path. */
    private static List<String> lines(JsonNode node, String path) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) out.addAll(lines(f.getValue(), path.isEmpty() ? f.getKey() : path + "." + f.getKey()));
        } else if (node.isArray()) {
            int i = 0;
            for (JsonNode item : node) out.add(path + " #" + (++i) + ": " + compact(item));
        } else {
            out.add(path + ": " + (node.isNull() ? "—" : node.asString()));
        }
        return out;
    }

    /** A record of a list inside a record on one line, its empty fields left out: "type: APPLIED · at: ...". */
    private static String compact(JsonNode node) {
        if (!node.isObject()) return node.isNull() ? "—" : node.isContainer() ? node.toString() : node.asString();
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            if (f.getValue().isNull()) continue;
            parts.add(f.getKey() + ": " + (f.getValue().isContainer() ? f.getValue().toString() : f.getValue().asString()));
        }
        return String.join(" · ", parts);
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
