package dev.boucle.offers;

import dev.boucle.platform.BadInput;
import java.util.Locale;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/** Reading the small inputs the API and the pages share, refusing bad ones with the field named. */
final class Forms {

    private Forms() {}

    static TaxResidence.Household household(String household, String children) {
        boolean couple;
        if (household == null || household.isBlank() || household.equalsIgnoreCase("single")) couple = false;
        else if (household.equalsIgnoreCase("couple")) couple = true;
        else throw new BadInput(Map.of("household", "comp.error.household"), "comp.error", "household");
        int kids = 0;
        if (children != null && !children.isBlank()) {
            if (!children.strip().matches("\\d{1,2}") || Integer.parseInt(children.strip()) > 20) {
                throw new BadInput(Map.of("children", "comp.error.children"), "comp.error", "children");
            }
            kids = Integer.parseInt(children.strip());
        }
        return new TaxResidence.Household(couple, kids);
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
