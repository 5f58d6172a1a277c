package dev.boucle.offers;

import dev.boucle.comp.NetQuery;
import dev.boucle.comp.api.NetRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where an office's pay is taxed, as the fields of a net-of-tax query (country, and the UK region
 * or the US state and city). The household is the candidate's and is added per question.
 */
public record TaxResidence(String country, String region, String state, String city) {

    /**
     * The net-of-tax question for this gross in this place, for this household. {@code partnerGross}
     * is the partner's pay already in this office's currency. Each country reads what its law
     * uses: France taxes the couple jointly with its parts; the UK taxes each person alone; the US
     * files a couple jointly, and a single parent as head of household with the children as
     * dependents.
     */
    public NetRequest request(int year, BigDecimal gross, BigDecimal partnerGross, Household household) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("country", List.of(country));
        q.put("year", List.of(String.valueOf(year)));
        q.put("gross", List.of(amount(gross)));
        if (region != null) q.put("region", List.of(region));
        if (state != null) q.put("state", List.of(state));
        if (city != null) q.put("city", List.of(city));
        if (household.couple() && partnerGross != null && partnerGross.signum() > 0) q.put("partner-gross", List.of(amount(partnerGross)));
        switch (country) {
            case "FR" -> {
                q.put("household", List.of(household.couple() ? "couple" : "single"));
                q.put("children", List.of(String.valueOf(household.children())));
                q.put("status", List.of(household.cadre() ? "cadre" : "non-cadre"));
                if (q.containsKey("partner-gross")) q.put("partner-status", List.of(household.partnerCadre() ? "cadre" : "non-cadre"));
            }
            case "US" -> {
                q.put("filing", List.of(household.couple() ? "mfj" : household.children() > 0 ? "hoh" : "single"));
                q.put("dependents", List.of(String.valueOf(household.children())));
                positive(q, "401k", household.us401k());
                positive(q, "hsa", household.usHsa());
                positive(q, "section125", household.usSection125());
            }
            default -> positive(q, "pension-sacrifice", household.ukPensionSacrifice());
        }
        return NetQuery.parse(q);
    }

    private static void positive(Map<String, List<String>> q, String field, BigDecimal value) {
        if (value != null && value.signum() > 0) q.put(field, List.of(amount(value)));
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The query fields, for display and for GET /api/v1/comp/net links. */
    public List<String> fields() {
        List<String> f = new ArrayList<>(List.of("country=" + country));
        if (region != null) f.add("region=" + region);
        if (state != null) f.add("state=" + state);
        if (city != null) f.add("city=" + city);
        return f;
    }

    /**
     * A candidate's household as the comparison asks for it. {@code partnerGross} is the partner's
     * yearly pay in the offer's currency (taken to move with the candidate, converted like the
     * offer); the pre-tax amounts are yearly, in the currency of the country they apply to
     * (401(k), HSA and section 125 in US dollars for US offices, salary sacrifice in pounds for UK
     * offices), since their limits are set in that currency.
     */
    public record Household(boolean couple, int children, BigDecimal partnerGross, boolean cadre, boolean partnerCadre,
            BigDecimal us401k, BigDecimal usHsa, BigDecimal usSection125, BigDecimal ukPensionSacrifice) {

        public static final Household SINGLE = new Household(false, 0);

        public Household {
            if (children < 0 || children > 20) throw new IllegalArgumentException("children out of range");
            if (!couple && partnerGross != null) throw new IllegalArgumentException("a partner's pay needs a couple");
        }

        public Household(boolean couple, int children) {
            this(couple, children, null, true, true, null, null, null, null);
        }
    }
}
