package dev.boucle.offers;

import dev.boucle.platform.ClasspathText;
import dev.boucle.platform.YamlNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The ECB's euro reference rates kept as data ({@code offers/fx-rates.yaml}), each with its day
 * and source. A conversion uses, for each currency, the newest rate not after the given day,
 * and crosses through the euro when neither side is the euro.
 */
@Component
public class FxRates {

    static final String SHIPPED = "offers/fx-rates.yaml";
    private final List<Rate> rates;

    /** One euro was worth {@code perEuro} units of {@code currency} on {@code date}. */
    public record Rate(LocalDate date, String currency, BigDecimal perEuro, String sourceTitle, String sourceUrl) {}

    /** An amount converted: the factor applied and the rates (with their days) it came from. */
    public record Conversion(BigDecimal factor, List<Rate> rates) {
        public BigDecimal apply(BigDecimal amount) {
            return amount.multiply(factor).setScale(2, RoundingMode.HALF_UP);
        }

        public Optional<LocalDate> oldestDate() {
            return rates.stream().map(Rate::date).min(Comparator.naturalOrder());
        }
    }

    FxRates() {
        this(parse("fx-rates.yaml", ClasspathText.read(SHIPPED)));
    }

    FxRates(List<Rate> rates) {
        this.rates = List.copyOf(rates);
    }

    public List<Rate> all() {
        return rates;
    }

    /** From one currency to another on a day; empty when a currency has no rate on or before it. */
    public Optional<Conversion> convert(String from, String to, LocalDate on) {
        if (from.equals(to)) return Optional.of(new Conversion(BigDecimal.ONE, List.of()));
        Optional<Rate> fromRate = from.equals("EUR") ? Optional.empty() : newest(from, on);
        Optional<Rate> toRate = to.equals("EUR") ? Optional.empty() : newest(to, on);
        if ((!from.equals("EUR") && fromRate.isEmpty()) || (!to.equals("EUR") && toRate.isEmpty())) return Optional.empty();
        BigDecimal perEuroFrom = fromRate.map(Rate::perEuro).orElse(BigDecimal.ONE);
        BigDecimal perEuroTo = toRate.map(Rate::perEuro).orElse(BigDecimal.ONE);
        BigDecimal factor = perEuroTo.divide(perEuroFrom, new MathContext(10, RoundingMode.HALF_EVEN));
        List<Rate> used = new ArrayList<>();
        fromRate.ifPresent(used::add);
        toRate.ifPresent(used::add);
        return Optional.of(new Conversion(factor, List.copyOf(used)));
    }

    private Optional<Rate> newest(String currency, LocalDate on) {
        return rates.stream().filter(r -> r.currency().equals(currency) && !r.date().isAfter(on))
                .max(Comparator.comparing(Rate::date));
    }

    static List<Rate> parse(String fileName, String yaml) {
        YamlNode root = YamlNode.compose(fileName, yaml, 256 * 1024);
        Map<String, YamlNode> top = root.fields(Set.of("sources", "rates"));
        Map<String, Map<String, YamlNode>> sources = new java.util.HashMap<>();
        for (YamlNode source : YamlNode.required(root, top, "sources").list()) {
            Map<String, YamlNode> f = source.fields(Set.of("id", "title", "url"));
            YamlNode.required(source, f, "title").string();
            YamlNode.required(source, f, "url").string();
            YamlNode id = YamlNode.required(source, f, "id");
            if (sources.put(id.string(), f) != null) throw id.error("data.error.duplicate-key", id.string());
        }
        List<Rate> out = new ArrayList<>();
        for (YamlNode node : YamlNode.required(root, top, "rates").list()) {
            Map<String, YamlNode> f = node.fields(Set.of("date", "currency", "perEuro", "source"));
            YamlNode dateNode = YamlNode.required(node, f, "date");
            LocalDate date;
            try {
                date = LocalDate.parse(dateNode.string());
            } catch (DateTimeParseException e) {
                throw dateNode.error("offers.data.date", dateNode.string());
            }
            YamlNode currencyNode = YamlNode.required(node, f, "currency");
            String currency = currencyNode.string();
            if (!currency.matches("[A-Z]{3}") || currency.equals("EUR")) throw currencyNode.error("offers.data.currency-code", currency);
            YamlNode rateNode = YamlNode.required(node, f, "perEuro");
            if (!rateNode.string().matches("\\d{1,6}\\.\\d{1,6}")) throw rateNode.error("offers.data.rate", rateNode.string());
            YamlNode sourceNode = YamlNode.required(node, f, "source");
            Map<String, YamlNode> source = sources.get(sourceNode.string());
            if (source == null) throw sourceNode.error("offers.data.unknown", sourceNode.string());
            out.add(new Rate(date, currency, new BigDecimal(rateNode.string()), source.get("title").string(),
                    source.get("url").string()));
        }
        return out;
    }
}
