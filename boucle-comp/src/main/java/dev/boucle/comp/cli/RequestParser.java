package dev.boucle.comp.cli;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.api.UsState;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Turns {@code net} options into a typed request; rejects options that do not apply to the country. */
final class RequestParser {

    static final Set<String> NET_OPTIONS = Set.of("country", "year", "gross", "taxable", "household", "children",
            "region", "state", "city", "filing", "student-loan", "json", "help");

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    private RequestParser() {
    }

    static NetRequest parse(Options o) {
        String country = o.require("country").toUpperCase(Locale.ROOT);
        int year = year(o.require("year"));
        Start start = start(o);
        return switch (country) {
            case "FR" -> {
                only(o, country, "household", "children");
                Household household = o.has("household") ? choice(Household.class, "household", o.get("household")) : Household.SINGLE;
                yield new NetRequest.France(year, start, household, children(o.get("children")));
            }
            case "UK", "GB" -> {
                only(o, country, "region", "student-loan");
                UkRegion region = o.has("region") ? choice(UkRegion.class, "region", o.get("region")) : UkRegion.ENG;
                Set<StudentLoanPlan> loans = loans(o.all("student-loan"));
                if (!loans.isEmpty() && start instanceof Start.Taxable) {
                    throw new UsageException("--student-loan needs --gross (repayments are on earnings)");
                }
                yield new NetRequest.Uk(year, start, region, loans);
            }
            case "US" -> {
                only(o, country, "state", "city", "filing");
                Filing filing = o.has("filing") ? choice(Filing.class, "filing", o.get("filing")) : Filing.SINGLE;
                UsState state = o.has("state") ? choice(UsState.class, "state", o.get("state")) : UsState.NONE;
                boolean nyc = o.has("city");
                if (nyc && !o.get("city").equalsIgnoreCase("NYC")) {
                    throw new UsageException("--city must be NYC");
                }
                if (nyc && state != UsState.NY) {
                    throw new UsageException("--city NYC needs --state NY");
                }
                if (state != UsState.NONE && start instanceof Start.Taxable) {
                    throw new UsageException("--state needs --gross (state taxable income is not the federal one)");
                }
                yield new NetRequest.Us(year, start, filing, state, nyc);
            }
            default -> throw new UsageException("--country must be FR, UK or US, not '" + o.get("country") + "'");
        };
    }

    private static void only(Options o, String country, String... allowed) {
        List<String> countrySpecific = List.of("household", "children", "region", "student-loan", "state", "city", "filing");
        for (String name : countrySpecific) {
            if (o.has(name) && !List.of(allowed).contains(name)) {
                throw new UsageException("--" + name + " does not apply to --country " + country);
            }
        }
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year < 2000 || year > 2100) {
                throw new UsageException("--year must be between 2000 and 2100, not " + text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new UsageException("--year must be a year such as 2025, not '" + text + "'");
        }
    }

    private static Start start(Options o) {
        if (o.has("gross") == o.has("taxable")) {
            throw new UsageException("give exactly one of --gross or --taxable");
        }
        return o.has("gross") ? new Start.Gross(amount("gross", o.get("gross"))) : new Start.Taxable(amount("taxable", o.get("taxable")));
    }

    static BigDecimal amount(String name, String text) {
        if (!text.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new UsageException("--" + name + " must be an amount such as 85000 or 85000.50, not '" + text + "'");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new UsageException("--" + name + " is larger than this tool accepts");
        }
        return value;
    }

    private static int children(String text) {
        if (text == null) {
            return 0;
        }
        if (!text.matches("\\d{1,2}")) {
            throw new UsageException("--children must be a whole number from 0 to 99, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Set<StudentLoanPlan> loans(List<String> values) {
        Set<StudentLoanPlan> plans = EnumSet.noneOf(StudentLoanPlan.class);
        for (String value : values) {
            for (String key : value.split(",")) {
                try {
                    plans.add(StudentLoanPlan.fromKey(key.trim()));
                } catch (IllegalArgumentException e) {
                    throw new UsageException(e.getMessage());
                }
            }
        }
        long undergraduate = plans.stream().filter(p -> p != StudentLoanPlan.POSTGRADUATE).count();
        if (undergraduate > 1) {
            throw new UsageException("only one of plan1, plan2, plan4, plan5 can be repaid at a time (postgraduate may be added)");
        }
        return plans;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : "|").append(value.name().toLowerCase(Locale.ROOT));
        }
        throw new UsageException("--" + name + " must be one of " + allowed + ", not '" + text + "'");
    }
}
