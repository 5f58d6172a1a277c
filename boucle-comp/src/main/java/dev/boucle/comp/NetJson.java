package dev.boucle.comp;

import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.NetResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape of a result, the same for the CLI's {@code --json} and the app's endpoint: fixed
 * top-level keys, amounts as exact decimal numbers (never floating point).
 */
public final class NetJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private NetJson() {
    }

    public static String write(NetResult r) {
        return MAPPER.writeValueAsString(fields(r));
    }

    static Map<String, Object> fields(NetResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("currency", r.currency());
        out.put("gross", r.gross());
        out.put("preTaxDeductions", r.preTaxDeductions());
        out.put("employeeContributions", r.employeeContributions());
        out.put("netBeforeTax", r.netBeforeTax());
        out.put("taxableIncome", r.taxableIncome());
        out.put("incomeTax", r.incomeTax());
        out.put("otherTaxes", r.otherTaxes());
        out.put("net", r.net());
        out.put("estimate", r.estimate());
        out.put("estimateReasons", r.estimateReasons());
        out.put("rules", r.rulesUsed());
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line line : r.lines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("code", line.code());
            l.put("label", line.label());
            l.put("kind", line.kind().name().toLowerCase(Locale.ROOT));
            l.put("base", line.base());
            l.put("rate", line.rate());
            l.put("amount", line.amount());
            lines.add(l);
        }
        out.put("lines", lines);
        return out;
    }
}
