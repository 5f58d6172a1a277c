package dev.boucle.comp.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One jurisdiction's figures for one income year, as written in {@code rules/<id>-<year>.yaml}.
 * Validated when loaded: header fields, the source list, and that every figure section names
 * a declared source (so no figure is in the engine without a citation).
 */
public final class RuleFile {

    private static final Set<String> HEADER = Set.of("jurisdiction", "incomeYear", "currency", "estimate", "notes", "sources");

    private final String name;
    private final String jurisdiction;
    private final int incomeYear;
    private final String currency;
    private final String estimateReason;
    private final Map<String, Source> sources;
    private final Section root;
    private final java.util.Set<String> requested = new java.util.HashSet<>();

    private RuleFile(String name, Section root) {
        this.name = name;
        this.root = root;
        this.jurisdiction = root.text("jurisdiction");
        this.incomeYear = root.integer("incomeYear");
        this.currency = root.text("currency");
        this.estimateReason = root.has("estimate") ? root.text("estimate") : null;
        if (root.has("notes")) {
            root.text("notes");
        }
        this.sources = readSources(root.section("sources"));
        checkEverySectionCitesASource();
    }

    public static RuleFile parse(String name, InputStream in) {
        YamlNode node = YamlReader.read(name, in);
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw new RuleFileException(name, node.line(), "(file)", "must be a mapping at the top level");
        }
        return new RuleFile(name, new Section(name, "", mapping));
    }

    /** Loads a classpath resource; null when it does not exist. */
    static RuleFile loadResource(String resource) {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            return parse(resource.substring(resource.lastIndexOf('/') + 1), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Source> readSources(Section section) {
        Map<String, Source> out = new LinkedHashMap<>();
        for (String id : keys(section)) {
            Section source = section.section(id);
            out.put(id, new Source(id, source.text("title"), source.text("url")));
            source.close();
        }
        if (out.isEmpty()) {
            throw root.error("sources", root.line("sources"), "must cite at least one source");
        }
        return out;
    }

    private void checkEverySectionCitesASource() {
        for (String key : keys(root)) {
            if (HEADER.contains(key)) {
                continue;
            }
            Section section = root.section(key);
            if (!section.has("source")) {
                throw section.error("source", root.line(key), "is missing: every figure must cite one of " + sources.keySet());
            }
            YamlNode cited = section.raw("source");
            List<YamlNode> ids = cited instanceof YamlNode.Sequence seq ? seq.items() : List.of(cited);
            for (YamlNode id : ids) {
                String text = id instanceof YamlNode.Scalar s ? s.text() : null;
                if (text == null || !sources.containsKey(text)) {
                    throw section.error("source", id.line(), "names '" + text + "', which is not declared under sources");
                }
            }
            section.touch("source");
        }
    }

    private static List<String> keys(Section section) {
        YamlNode.Mapping mapping = (YamlNode.Mapping) section.rawSelf();
        return List.copyOf(mapping.entries().keySet());
    }

    /** A figure section; the caller must {@link Section#close()} it once read. */
    public Section section(String key) {
        requested.add(key);
        Section section = root.section(key);
        section.touch("source");
        return section;
    }

    public boolean has(String key) {
        return root.has(key);
    }

    /** Checks no top-level section was left unread (call after building the typed rules). */
    public void close() {
        for (String key : keys(root)) {
            if (!HEADER.contains(key) && !requested.contains(key)) {
                throw root.error(key, root.line(key), "is not a section this jurisdiction knows");
            }
        }
    }

    public String name() {
        return name;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public int incomeYear() {
        return incomeYear;
    }

    public String currency() {
        return currency;
    }

    /** Non-null when the file itself says its figures are provisional, with why. */
    public String estimateReason() {
        return estimateReason;
    }

    public Map<String, Source> sources() {
        return sources;
    }
}
