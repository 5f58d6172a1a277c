package dev.boucle.offers;

import dev.boucle.comp.api.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The comparison as the API shows it: one entry per office, in its currency and in the offer's. */
record ComparisonJson(long offerId, String offerCurrency, BigDecimal annualCash, BigDecimal oneOffs, String household, int children,
        BigDecimal partnerGross, String status, String partnerStatus, PreTax preTax, LocalDate ratesOn, List<Entry> offices) {

    /** The pre-tax amounts asked for, in the currency of the offices they apply to. */
    record PreTax(BigDecimal k401Usd, BigDecimal hsaUsd, BigDecimal section125Usd, BigDecimal pensionSacrificeGbp) {}

    record Rate(LocalDate date, String currency, BigDecimal perEuro, String source) {}

    record LineJson(String code, String kind, BigDecimal base, BigDecimal rate, BigDecimal amount) {}

    record Entry(String office, String country, String region, String state, String city, int year, String currency,
            BigDecimal fxRate, List<Rate> fxRates, BigDecimal gross, BigDecimal preTaxDeductions, BigDecimal employeeContributions, BigDecimal incomeTax,
            BigDecimal otherTaxes, BigDecimal net, BigDecimal effectiveRate, BigDecimal grossInOfferCurrency,
            BigDecimal netInOfferCurrency, boolean estimate, List<String> estimateReasons, List<String> rules, List<LineJson> lines) {}

    static ComparisonJson of(OfferComparison.Comparison c) {
        var h = c.household();
        return new ComparisonJson(c.offerId(), c.offerCurrency(), c.annualCash(), c.oneOffs(), h.couple() ? "couple" : "single",
                h.children(), h.partnerGross(), h.cadre() ? "cadre" : "non-cadre", h.partnerGross() == null ? null : h.partnerCadre() ? "cadre" : "non-cadre",
                new PreTax(h.us401k(), h.usHsa(), h.usSection125(), h.ukPensionSacrifice()),
                c.ratesOn(), c.offices().stream().map(o -> new Entry(o.office(), o.residence().country(),
                        o.residence().region(), o.residence().state(), o.residence().city(), o.year(), o.currency(), o.fxFactor(),
                        o.fxRates().stream().map(ComparisonJson::rate).toList(), o.gross(), o.preTax(), o.contributions(), o.incomeTax(),
                        o.otherTaxes(), o.net(), o.effectiveRate(), o.grossInOfferCurrency(), o.netInOfferCurrency(), o.estimate(),
                        o.estimateReasons(), o.rules(), o.lines().stream().map(ComparisonJson::line).toList())).toList());
    }

    private static Rate rate(FxRates.Rate r) {
        return new Rate(r.date(), r.currency(), r.perEuro(), r.sourceUrl());
    }

    private static LineJson line(Line l) {
        return new LineJson(l.code(), l.kind().name().toLowerCase(Locale.ROOT), l.base(), l.rate(), l.amount());
    }
}
