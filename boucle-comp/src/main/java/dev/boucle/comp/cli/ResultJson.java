package dev.boucle.comp.cli;

import dev.boucle.comp.NetJson;
import dev.boucle.comp.api.NetResult;
import tools.jackson.databind.json.JsonMapper;

/** The CLI's JSON: the engine's one shape ({@link NetJson}), also served by the app. */
final class ResultJson {

    static final JsonMapper MAPPER = NetJson.MAPPER;

    private ResultJson() {
    }

    static String write(NetResult r) {
        return NetJson.write(r);
    }
}
