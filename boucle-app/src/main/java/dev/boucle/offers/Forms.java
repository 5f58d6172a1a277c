package dev.boucle.offers;

import dev.boucle.comp.NetQuery;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.platform.BadInput;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** Reading the small inputs the API and the pages share, refusing bad ones with the field named. */
final class Forms {

    private Forms() {}

    /** The household fields of the comparison, as the API's query parameters and the page's form name them. */
    static TaxResidence.Household household(MultiValueMap<String, String> q) {
        String household = q.getFirst("household");
        boolean couple;
        if (household == null || household.isBlank() || household.equalsIgnoreCase("single")) couple = false;
        else if (household.equalsIgnoreCase("couple")) couple = true;
        else throw refused("household");
        int kids = 0;
        String children = q.getFirst("children");
        if (children != null && !children.isBlank()) {
            if (!children.strip().matches("\\d{1,2}") || Integer.parseInt(children.strip()) > 20) throw refused("children");
            kids = Integer.parseInt(children.strip());
        }
        BigDecimal partner = amount(q, "partner-gross");
        if (partner != null && !couple) throw refused("partner-gross");
        return new TaxResidence.Household(couple, kids, partner, status(q, "status"), status(q, "partner-status"),
                amount(q, "401k"), amount(q, "hsa"), amount(q, "section125"), amount(q, "pension-sacrifice"));
    }

    private static boolean status(MultiValueMap<String, String> q, String field) {
        String v = q.getFirst(field);
        if (v == null || v.isBlank() || v.equalsIgnoreCase("cadre")) return true;
        if (v.equalsIgnoreCase("non-cadre")) return false;
        throw refused(field);
    }

    /** An optional yearly amount, blank meaning none; the engine's own rule for amounts. */
    private static BigDecimal amount(MultiValueMap<String, String> q, String field) {
        String v = q.getFirst(field);
        if (v == null || v.isBlank()) return null;
        try {
            return NetQuery.amount(field, v.strip());
        } catch (RefusedInput e) {
            throw refused(field);
        }
    }

    private static BadInput refused(String field) {
        return new BadInput(Map.of(field, "comp.error." + field), "comp.error", field);
    }

    static ApprovingOffers.Decision decision(String raw) {
        try {
            return ApprovingOffers.Decision.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput(Map.of("decision", "offer.approval.decision"), "offer.approval.decision");
        }
    }

    /** The builder's fields, named as the API's JSON (equity fields with an "equity." prefix). */
    static OfferForm offerForm(MultiValueMap<String, String> f) {
        return new OfferForm(f.getFirst("office"), f.getFirst("base"), f.getFirst("bonusTargetPercent"), f.getFirst("signOn"),
                f.getFirst("relocation"), f.getFirst("startDate"), new OfferForm.EquityForm(f.getFirst("equity.instrument"),
                f.getFirst("equity.units"), f.getFirst("equity.strike"), f.getFirst("equity.valuation"),
                f.getFirst("equity.vestingMonths"), f.getFirst("equity.cliffMonths"), f.getFirst("equity.liquidityNote")));
    }
}
