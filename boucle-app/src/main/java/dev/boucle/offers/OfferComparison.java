package dev.boucle.offers;

import dev.boucle.comp.NetEngine;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.platform.BadInput;
import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Office;
import dev.boucle.hiring.process.ProcessCatalog;
import dev.boucle.platform.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The same offer in every office: its annual cash (base and bonus at target) converted to each
 * office's currency with the ECB rate in force, taxed there for the candidate's household by
 * boucle-comp, and the net converted back. With a partner's pay the figures are the household's
 * (both salaries, both people's contributions and taxes): that is what moves with the offer when
 * France or the US tax the couple jointly. One-offs (sign-on, relocation) and equity are shown
 * apart: they are not a year's pay.
 */
@Component
public class OfferComparison {

    private final NetEngine engine = new NetEngine();
    private final CompBands bands;
    private final FxRates fx;
    private final ProcessCatalog catalog;
    private final Clock clock;

    OfferComparison(CompBands bands, FxRates fx, ProcessCatalog catalog, Clock clock) {
        this.bands = bands;
        this.fx = fx;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** One office's figures, in its own currency and converted to the offer's. */
    public record OfficeNet(String office, Text officeName, TaxResidence residence, int year, String currency,
            BigDecimal fxFactor, List<FxRates.Rate> fxRates, BigDecimal gross, BigDecimal preTax, BigDecimal contributions, BigDecimal incomeTax,
            BigDecimal otherTaxes, BigDecimal net, BigDecimal effectiveRate, BigDecimal grossInOfferCurrency,
            BigDecimal netInOfferCurrency, boolean estimate, List<String> estimateReasons, List<String> rules, List<Line> lines) {}

    public record Comparison(long offerId, String offerCurrency, BigDecimal annualCash, BigDecimal oneOffs,
            TaxResidence.Household household, LocalDate ratesOn, List<OfficeNet> offices) {}

    /** A value the year's rules refuse (a 401(k) deferral over that year's limit) is bad input naming its field. */
    private NetResult net(TaxResidence residence, int year, BigDecimal gross, BigDecimal partner, TaxResidence.Household household) {
        try {
            return engine.net(residence.request(year, gross, partner, household));
        } catch (RefusedInput e) {
            throw new BadInput(Map.of(e.field(), "comp.error." + e.field()), "comp.error", e.field());
        }
    }

    public Comparison of(Offer offer, TaxResidence.Household household) {
        OfferTerms t = offer.terms();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        int year = t.startDate().getYear();
        HiringProcess process = catalog.current();
        BandBook book = bands.current();
        List<OfficeNet> out = new ArrayList<>();
        for (Office office : process.offices()) {
            TaxResidence residence = book.offices().get(office.key());
            String currency = office.currency().getCurrencyCode();
            FxRates.Conversion there = fx.convert(t.currency(), currency, today)
                    .orElseThrow(() -> new IllegalStateException("no FX rate for " + currency));
            FxRates.Conversion back = fx.convert(currency, t.currency(), today).orElseThrow();
            BigDecimal gross = there.apply(t.annualCash());
            BigDecimal partner = household.partnerGross() == null ? null : there.apply(household.partnerGross());
            NetResult r = net(residence, year, gross, partner, household);
            // With a partner the engine answers for the household: its gross is both salaries.
            BigDecimal householdGross = r.gross();
            BigDecimal taken = r.employeeContributions().add(r.incomeTax()).add(r.otherTaxes());
            BigDecimal rate = householdGross.signum() == 0 ? BigDecimal.ZERO : taken.divide(householdGross, 4, RoundingMode.HALF_UP);
            out.add(new OfficeNet(office.key(), office.name(), residence, year, currency, there.factor(), there.rates(), householdGross,
                    r.preTaxDeductions(), r.employeeContributions(), r.incomeTax(), r.otherTaxes(), r.net(), rate,
                    back.apply(householdGross), back.apply(r.net()), r.estimate(), r.estimateReasons(), r.rulesUsed(), r.lines()));
        }
        return new Comparison(offer.id(), t.currency(), t.annualCash(), t.signOn().add(t.relocation()), household, today,
                List.copyOf(out));
    }
}
