package dev.boucle.offers;

import dev.boucle.comp.NetQuery;
import dev.boucle.comp.api.NetRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an office's pay is taxed, as the fields of a net-of-tax query (country, and the UK region
 * or the US state and city). The household is the candidate's and is added per question.
 */
public record TaxResidence(String country, String region, String state, String city) {

    /** The net-of-tax question for this gross in this place, for this household. */
    public NetRequest request(int year, BigDecimal gross, Household household) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("country", List.of(country));
        q.put("year", List.of(String.valueOf(year)));
        q.put("gross", List.of(gross.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()));
        if (region != null) q.put("region", List.of(region));
        if (state != null) q.put("state", List.of(state));
        if (city != null) q.put("city", List.of(city));
        switch (country) {
            case "FR" -> {
                q.put("household", List.of(household.couple() ? "couple" : "single"));
                q.put("children", List.of(String.valueOf(household.children())));
            }
            // The US engine models a spouse without wages filing jointly; children bring credits it does not model.
            case "US" -> q.put("filing", List.of(household.couple() ? "mfj" : "single"));
            default -> { } // The UK taxes each person alone.
        }
        return NetQuery.parse(q);
    }

    /** The query fields, for display and for GET /api/v1/comp/net links. */
    public List<String> fields() {
        List<String> f = new ArrayList<>(List.of("country=" + country));
        if (region != null) f.add("region=" + region);
        if (state != null) f.add("state=" + state);
        if (city != null) f.add("city=" + city);
        return f;
    }

    /** A candidate's household as the comparison asks for it. */
    public record Household(boolean couple, int children) {
        public Household {
            if (children < 0 || children > 20) throw new IllegalArgumentException("children out of range");
        }
    }
}
