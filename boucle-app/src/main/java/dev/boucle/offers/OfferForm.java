package dev.boucle.offers;

import dev.boucle.platform.BadInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An offer as typed into the builder or sent to the API, every field as text so that each bad
 * one can be named. {@link #validate} turns it into terms or refuses it with every field at fault.
 */
public record OfferForm(String office, String base, String bonusTargetPercent, String signOn, String relocation,
        String startDate, EquityForm equity) {

    public record EquityForm(String instrument, String units, String strike, String valuation, String vestingMonths,
            String cliffMonths, String liquidityNote) {

        boolean blank() {
            return empty(instrument) && empty(units) && empty(strike) && empty(valuation);
        }
    }

    static final int MAX_NOTE = 2000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");

    /** What the office is: its currency and the country its pay is taxed in. */
    public record OfficeFacts(String currency, String country) {}

    /** The terms, or a {@link BadInput} naming every field at fault. */
    public OfferTerms validate(Map<String, OfficeFacts> offices, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        OfficeFacts facts = empty(office) ? null : offices.get(office.strip());
        if (empty(office)) errors.put("office", "offer.error.required");
        else if (facts == null) errors.put("office", "offer.error.office");
        BigDecimal baseAmount = amount(errors, "base", base, true);
        if (baseAmount != null && baseAmount.signum() == 0) errors.put("base", "offer.error.positive");
        BigDecimal bonus = percent(errors, "bonusTargetPercent", bonusTargetPercent);
        BigDecimal signOnAmount = amount(errors, "signOn", signOn, false);
        BigDecimal relocationAmount = amount(errors, "relocation", relocation, false);
        LocalDate start = null;
        if (empty(startDate)) errors.put("startDate", "offer.error.required");
        else {
            try {
                start = LocalDate.parse(startDate.strip());
                if (start.isBefore(today)) errors.put("startDate", "offer.error.date-past");
                else if (start.isAfter(today.plusYears(2))) errors.put("startDate", "offer.error.date-far");
            } catch (DateTimeParseException e) {
                errors.put("startDate", "offer.error.date");
            }
        }
        Optional<Equity> grant = equity == null || equity.blank() ? Optional.empty()
                : equity(errors, facts == null ? null : facts.country());
        if (!errors.isEmpty()) throw new BadInput(errors, "problem.invalid-fields", String.join(", ", errors.keySet()));
        return new OfferTerms(office.strip(), facts.currency(), baseAmount, bonus, signOnAmount, relocationAmount, grant, start);
    }

    private Optional<Equity> equity(Map<String, String> errors, String country) {
        EquityInstrument instrument = null;
        if (empty(equity.instrument())) errors.put("equity.instrument", "offer.error.required");
        else {
            try {
                instrument = EquityInstrument.valueOf(equity.instrument().strip().toUpperCase(java.util.Locale.ROOT));
                if (country != null && instrument.onlyIn().filter(c -> !c.equals(country)).isPresent()) {
                    errors.put("equity.instrument", "offer.error.instrument-country." + instrument.onlyIn().get());
                }
            } catch (IllegalArgumentException e) {
                errors.put("equity.instrument", "offer.error.instrument");
            }
        }
        Long units = whole(errors, "equity.units", equity.units(), 1, 100_000_000, true);
        BigDecimal valuation = decimal(errors, "equity.valuation", equity.valuation(), true);
        if (valuation != null && valuation.signum() == 0) errors.put("equity.valuation", "offer.error.positive");
        BigDecimal strike = null;
        if (instrument != null && instrument.hasStrike()) strike = decimal(errors, "equity.strike", equity.strike(), true);
        else if (instrument != null && !empty(equity.strike())) errors.put("equity.strike", "offer.error.strike-not-applicable");
        Long vesting = whole(errors, "equity.vestingMonths", equity.vestingMonths(), 1, 120, true);
        Long cliff = whole(errors, "equity.cliffMonths", equity.cliffMonths(), 0, 120, false);
        if (vesting != null && cliff != null && cliff > vesting) errors.put("equity.cliffMonths", "offer.error.cliff");
        // Shares that are not listed cannot simply be sold: the candidate must be told how and when they could be.
        if (empty(equity.liquidityNote())) errors.put("equity.liquidityNote", "offer.error.liquidity-needed");
        else if (equity.liquidityNote().length() > MAX_NOTE) errors.put("equity.liquidityNote", "offer.error.too-long");
        if (instrument == null || units == null || valuation == null || vesting == null || errors.containsKey("equity.strike")
                || errors.containsKey("equity.cliffMonths") || errors.containsKey("equity.liquidityNote")) {
            return Optional.empty();
        }
        return Optional.of(new Equity(instrument, units, strike, valuation, vesting.intValue(), cliff == null ? 0 : cliff.intValue(),
                equity.liquidityNote().strip()));
    }

    private static BigDecimal amount(Map<String, String> errors, String field, String raw, boolean required) {
        if (empty(raw)) {
            if (required) errors.put(field, "offer.error.required");
            return required ? null : BigDecimal.ZERO;
        }
        String text = raw.strip().replace("_", "");
        if (!text.matches("\\d{1,10}(\\.\\d{1,2})?") || new BigDecimal(text).compareTo(MAX_AMOUNT) > 0) {
            errors.put(field, "offer.error.amount");
            return null;
        }
        return new BigDecimal(text);
    }

    private static BigDecimal decimal(Map<String, String> errors, String field, String raw, boolean required) {
        if (empty(raw)) {
            if (required) errors.put(field, "offer.error.required");
            return null;
        }
        if (!raw.strip().matches("\\d{1,9}(\\.\\d{1,4})?")) {
            errors.put(field, "offer.error.price");
            return null;
        }
        return new BigDecimal(raw.strip());
    }

    private static BigDecimal percent(Map<String, String> errors, String field, String raw) {
        if (empty(raw)) return BigDecimal.ZERO;
        String text = raw.strip().replace("%", "");
        if (!text.matches("\\d{1,3}(\\.\\d{1,2})?") || new BigDecimal(text).compareTo(BigDecimal.valueOf(200)) > 0) {
            errors.put(field, "offer.error.percent");
            return null;
        }
        return new BigDecimal(text);
    }

    private static Long whole(Map<String, String> errors, String field, String raw, long min, long max, boolean required) {
        if (empty(raw)) {
            if (required) errors.put(field, "offer.error.required");
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value < min || value > max) {
                errors.put(field, "offer.error.range");
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.put(field, "offer.error.whole");
            return null;
        }
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    /** The form showing these terms again, for editing a draft. */
    public static OfferForm of(OfferTerms t) {
        EquityForm e = t.equity().map(q -> new EquityForm(q.instrument().name(), String.valueOf(q.units()),
                q.strike() == null ? "" : q.strike().toPlainString(), q.valuation().toPlainString(), String.valueOf(q.vestingMonths()),
                String.valueOf(q.cliffMonths()), q.liquidityNote())).orElse(null);
        return new OfferForm(t.office(), t.base().toPlainString(), t.bonusTargetPercent().toPlainString(), t.signOn().toPlainString(),
                t.relocation().toPlainString(), t.startDate().toString(), e);
    }
}
