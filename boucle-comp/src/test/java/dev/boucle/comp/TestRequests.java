package dev.boucle.comp;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.NetRequest;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.Start;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.api.UsState;
import java.math.BigDecimal;
import java.util.Set;

/** Shorthands shared by the tests. */
public final class TestRequests {

    public static final NetEngine ENGINE = new NetEngine();

    private TestRequests() {
    }

    public static NetResult fr(int year, String gross, Household household, int children) {
        return ENGINE.net(new NetRequest.France(year, new Start.Gross(new BigDecimal(gross)), household, children));
    }

    public static NetResult frTaxable(int year, String taxable, Household household, int children) {
        return ENGINE.net(new NetRequest.France(year, new Start.Taxable(new BigDecimal(taxable)), household, children));
    }

    public static NetResult uk(int year, String gross, UkRegion region, StudentLoanPlan... loans) {
        return ENGINE.net(new NetRequest.Uk(year, new Start.Gross(new BigDecimal(gross)), region, Set.of(loans)));
    }

    public static NetResult us(int year, String gross, Filing filing, UsState state, boolean nyc) {
        return ENGINE.net(new NetRequest.Us(year, new Start.Gross(new BigDecimal(gross)), filing, state, nyc));
    }

    public static NetResult usTaxable(int year, String taxable, Filing filing) {
        return ENGINE.net(new NetRequest.Us(year, new Start.Taxable(new BigDecimal(taxable)), filing, UsState.NONE, false));
    }

    /** A question as the CLI and the app ask it: "field=value" pairs through {@link NetQuery}. */
    public static NetResult ask(String... fields) {
        java.util.Map<String, java.util.List<String>> values = new java.util.LinkedHashMap<>();
        for (String field : fields) {
            int eq = field.indexOf('=');
            values.computeIfAbsent(field.substring(0, eq), k -> new java.util.ArrayList<>()).add(field.substring(eq + 1));
        }
        return ENGINE.net(NetQuery.parse(values));
    }

    /** The line's amount, or zero when the computation has no such line. */
    public static BigDecimal lineOrZero(NetResult result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).map(Line::amount).findFirst().orElse(BigDecimal.ZERO);
    }

    public static BigDecimal line(NetResult result, String code) {
        return result.lines().stream().filter(l -> l.code().equals(code)).map(Line::amount).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + code + " in " + result.lines()));
    }

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
