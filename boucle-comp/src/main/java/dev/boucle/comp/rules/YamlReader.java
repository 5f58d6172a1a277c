package dev.boucle.comp.rules;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML token by token into {@link YamlNode}s carrying line numbers. Jackson's tree model
 * forgets locations, and numbers must stay exact (BigDecimal from their text, never a double).
 */
final class YamlReader {

    private static final YAMLMapper MAPPER = new YAMLMapper();

    private YamlReader() {
    }

    static YamlNode read(String fileName, InputStream in) {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new RuleFileException(fileName, 1, "(file)", "is empty");
            }
            return value(parser);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RuleFileException(fileName, line, "(syntax)", "is not valid YAML: " + e.getOriginalMessage());
        }
    }

    private static YamlNode value(JsonParser parser) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(parser, line);
            case START_ARRAY -> sequence(parser, line);
            case VALUE_NULL -> new YamlNode.Scalar(line, null, false);
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> new YamlNode.Scalar(line, parser.getString(), true);
            default -> new YamlNode.Scalar(line, parser.getString(), false);
        };
    }

    private static YamlNode mapping(JsonParser parser, int line) {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            keyLines.put(name, parser.currentTokenLocation().getLineNr());
            parser.nextToken();
            entries.put(name, value(parser));
        }
        return new YamlNode.Mapping(line, entries, keyLines);
    }

    private static YamlNode sequence(JsonParser parser, int line) {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(value(parser));
        }
        return new YamlNode.Sequence(line, items);
    }
}
