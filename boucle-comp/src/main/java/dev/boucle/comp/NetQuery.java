package dev.boucle.comp;

import dev.boucle.comp.api.EmployeeStatus;
import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.RefusedInput;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.api.UsPreTax;
import dev.boucle.comp.api.UsState;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The question "what is left of this pay?" as named text values (the CLI's options, the app's query
 * parameters), turned into a typed request. Shared by every front so that each accepts the same
 * fields and refuses the same input; a refusal names the field at fault.
 */
public final class NetQuery {

    /** Every field a query may carry. */
    public static final Set<String> FIELDS = Set.of("country", "year", "gross", "taxable", "household", "children",
            "status", "partner-gross", "partner-status", "region", "student-loan", "pension-sacrifice", "state", "city", "filing",
            "dependents", "401k", "hsa", "section125");

    /** The fields that only one country reads. */
    private static final List<String> COUNTRY_SPECIFIC = List.of("household", "children", "status", "partner-status", "region", "student-loan",
            "pension-sacrifice", "state", "city", "filing", "dependents", "401k", "hsa", "section125");

    /** Fields that describe pay, so they need a gross start (the taxable amount is already after them). */
    private static final List<String> NEED_GROSS = List.of("partner-gross", "pension-sacrifice", "dependents", "401k", "hsa", "section125");

    /** A value that cannot be used, with the field at fault and a one-line English reason. */
    public static final class Invalid extends RefusedInput {

        Invalid(String field, String message) {
            super(field, message);
        }
    }

    /** Field name to its values (only student-loan may repeat). */
    private final Map<String, List<String>> values;

    private NetQuery(Map<String, List<String>> values) {
        this.values = values;
    }

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

    /** Parses named values; unknown fields, repeated ones and bad values are refused with their field. */
    public static NetRequest parse(Map<String, List<String>> values) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!FIELDS.contains(e.getKey())) {
                throw new Invalid(e.getKey(), "unknown option --" + e.getKey());
            }
            if (e.getValue().size() > 1 && !e.getKey().equals("student-loan")) {
                throw new Invalid(e.getKey(), "--" + e.getKey() + " given twice");
            }
        }
        return new NetQuery(Map.copyOf(values)).request();
    }

    private boolean has(String name) {
        List<String> list = values.get(name);
        return list != null && !list.isEmpty();
    }

    private String get(String name) {
        return has(name) ? values.get(name).get(0) : null;
    }

    private List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    private String require(String name) {
        String value = get(name);
        if (value == null || value.isBlank()) {
            throw new Invalid(name, "--" + name + " is required");
        }
        return value;
    }

    private NetRequest request() {
        NetQuery o = this; // reads like the option checks below, which take the query explicitly
        String country = o.require("country").toUpperCase(Locale.ROOT);
        int year = year(o.require("year"));
        Start start = start(o);
        for (String name : NEED_GROSS) {
            if (o.has(name) && start instanceof Start.Taxable) {
                throw new Invalid(name, "--" + name + " needs --gross (it changes the pay the taxable amount comes from)");
            }
        }
        BigDecimal partner = o.has("partner-gross") ? amount("partner-gross", o.get("partner-gross")) : null;
        return switch (country) {
            case "FR" -> {
                only(o, country, "household", "children", "status", "partner-status");
                Household household = o.has("household") ? choice(Household.class, "household", o.get("household")) : Household.SINGLE;
                EmployeeStatus status = o.has("status") ? choice(EmployeeStatus.class, "status", o.get("status")) : EmployeeStatus.CADRE;
                EmployeeStatus partnerStatus = o.has("partner-status") ? choice(EmployeeStatus.class, "partner-status", o.get("partner-status")) : status;
                if (o.has("partner-status") && partner == null) {
                    throw new Invalid("partner-status", "--partner-status needs --partner-gross");
                }
                if (partner != null && household != Household.COUPLE) {
                    throw new Invalid("partner-gross", "--partner-gross needs --household couple (France taxes the couple jointly)");
                }
                yield new NetRequest.France(year, start, household, count("children", o.get("children")), status, partner, partnerStatus);
            }
            case "UK", "GB" -> {
                only(o, country, "region", "student-loan", "pension-sacrifice");
                UkRegion region = o.has("region") ? choice(UkRegion.class, "region", o.get("region")) : UkRegion.ENG;
                Set<StudentLoanPlan> loans = loans(o.all("student-loan"));
                if (!loans.isEmpty() && start instanceof Start.Taxable) {
                    throw new Invalid("student-loan", "--student-loan needs --gross (repayments are on earnings)");
                }
                yield new NetRequest.Uk(year, start, region, loans, o.money("pension-sacrifice"), partner);
            }
            case "US" -> us(o, year, start, partner);
            default -> throw new Invalid("country", "--country must be FR, UK or US, not '" + o.get("country") + "'");
        };
    }

    private static NetRequest.Us us(NetQuery o, int year, Start start, BigDecimal partner) {
        only(o, "US", "state", "city", "filing", "dependents", "401k", "hsa", "section125");
        Filing filing = o.has("filing") ? choice(Filing.class, "filing", o.get("filing")) : Filing.SINGLE;
        UsState state = o.has("state") ? choice(UsState.class, "state", o.get("state")) : UsState.NONE;
        boolean nyc = o.has("city");
        if (nyc && !o.get("city").equalsIgnoreCase("NYC")) {
            throw new Invalid("city", "--city must be NYC");
        }
        if (nyc && state != UsState.NY) {
            throw new Invalid("city", "--city NYC needs --state NY");
        }
        if (state != UsState.NONE && start instanceof Start.Taxable) {
            throw new Invalid("state", "--state needs --gross (state taxable income is not the federal one)");
        }
        int dependents = count("dependents", o.get("dependents"));
        if (filing == Filing.HOH && dependents == 0) {
            throw new Invalid("filing", "--filing hoh needs at least one dependent (--dependents N)");
        }
        if (partner != null && filing != Filing.MFJ) {
            throw new Invalid("partner-gross", "--partner-gross needs --filing mfj (a spouse's wages are on the joint return)");
        }
        UsPreTax preTax = new UsPreTax(o.money("401k"), o.money("hsa"), o.money("section125"));
        return new NetRequest.Us(year, start, filing, state, nyc, dependents, preTax, partner);
    }

    /** An optional amount, zero when absent. */
    private BigDecimal money(String name) {
        return has(name) ? amount(name, get(name)) : BigDecimal.ZERO;
    }

    private static void only(NetQuery o, String country, String... allowed) {
        for (String name : COUNTRY_SPECIFIC) {
            if (o.has(name) && !List.of(allowed).contains(name)) {
                throw new Invalid(name, "--" + name + " does not apply to --country " + country);
            }
        }
    }

    private static int year(String text) {
        try {
            int year = Integer.parseInt(text);
            if (year < 2000 || year > 2100) {
                throw new Invalid("year", "--year must be between 2000 and 2100, not " + text);
            }
            return year;
        } catch (NumberFormatException e) {
            throw new Invalid("year", "--year must be a year such as 2025, not '" + text + "'");
        }
    }

    private static Start start(NetQuery o) {
        if (o.has("gross") == o.has("taxable")) {
            throw new Invalid(o.has("taxable") ? "taxable" : "gross", "give exactly one of --gross or --taxable");
        }
        return o.has("gross") ? new Start.Gross(amount("gross", o.get("gross"))) : new Start.Taxable(amount("taxable", o.get("taxable")));
    }

    public static BigDecimal amount(String name, String text) {
        if (!text.matches("\\d{1,13}(\\.\\d{1,2})?")) {
            throw new Invalid(name, "--" + name + " must be an amount such as 85000 or 85000.50, not '" + text + "'");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(MAX_AMOUNT) > 0) {
            throw new Invalid(name, "--" + name + " is larger than this tool accepts");
        }
        return value;
    }

    private static int count(String name, String text) {
        if (text == null) {
            return 0;
        }
        if (!text.matches("\\d{1,2}")) {
            throw new Invalid(name, "--" + name + " must be a whole number from 0 to 99, not '" + text + "'");
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
                    throw new Invalid("student-loan", e.getMessage());
                }
            }
        }
        long undergraduate = plans.stream().filter(p -> p != StudentLoanPlan.POSTGRADUATE).count();
        if (undergraduate > 1) {
            throw new Invalid("student-loan", "only one of plan1, plan2, plan4, plan5 can be repaid at a time (postgraduate may be added)");
        }
        return plans;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(text) || value.name().replace('_', '-').equalsIgnoreCase(text)) {
                return value;
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (E value : type.getEnumConstants()) {
            allowed.append(allowed.isEmpty() ? "" : "|").append(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw new Invalid(name, "--" + name + " must be one of " + allowed + ", not '" + text + "'");
    }
}
