package dev.boucle.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Conversions with the ECB's euro reference rates: the newest rate not after the day, crossed through the euro. */
class FxRatesTest {

    final FxRates rates = new FxRates(List.of(
            new FxRates.Rate(LocalDate.parse("2024-12-31"), "USD", new BigDecimal("1.0389"), "ECB", "https://www.ecb.europa.eu"),
            new FxRates.Rate(LocalDate.parse("2024-12-31"), "GBP", new BigDecimal("0.82918"), "ECB", "https://www.ecb.europa.eu"),
            new FxRates.Rate(LocalDate.parse("2025-02-21"), "USD", new BigDecimal("1.0465"), "ECB", "https://www.ecb.europa.eu")));

    @Test
    @DisplayName("a conversion uses the newest rate not after the day, and says which day")
    void newestNotAfter() {
        var before = rates.convert("EUR", "USD", LocalDate.parse("2025-02-20")).orElseThrow();
        assertThat(before.factor()).isEqualByComparingTo("1.0389");
        var after = rates.convert("EUR", "USD", LocalDate.parse("2026-11-29")).orElseThrow();
        assertThat(after.factor()).isEqualByComparingTo("1.0465");
        assertThat(after.oldestDate()).contains(LocalDate.parse("2025-02-21"));
        assertThat(rates.convert("EUR", "USD", LocalDate.parse("2024-12-30"))).isEmpty();
    }

    @Test
    @DisplayName("pounds to dollars cross through the euro; there and back comes home to the cent")
    void cross() {
        LocalDate day = LocalDate.parse("2025-03-01");
        var gbpToUsd = rates.convert("GBP", "USD", day).orElseThrow();
        assertThat(gbpToUsd.factor()).isEqualByComparingTo(new BigDecimal("1.0465").divide(new BigDecimal("0.82918"), new java.math.MathContext(10)));
        assertThat(gbpToUsd.rates()).hasSize(2);
        BigDecimal pounds = new BigDecimal("100000.00");
        BigDecimal dollars = gbpToUsd.apply(pounds);
        assertThat(rates.convert("USD", "GBP", day).orElseThrow().apply(dollars)).isEqualByComparingTo(pounds);
    }

    @Test
    @DisplayName("the shipped file reads, every rate with its day and source")
    void shippedFile() {
        assertThat(new FxRates().all()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.sourceUrl()).startsWith("https://");
            assertThat(r.perEuro()).isPositive();
        });
    }
}
