package dev.boucle.comp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.comp.api.Filing;
import dev.boucle.comp.api.Household;
import dev.boucle.comp.api.Line;
import dev.boucle.comp.api.NetResult;
import dev.boucle.comp.api.StudentLoanPlan;
import dev.boucle.comp.api.UkRegion;
import dev.boucle.comp.api.UsState;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants for any pay: totals are the sums of their lines, net adds up, nothing negative. */
class TotalsProperties {

    @Property(tries = 200)
    void france(@ForAll @LongRange(min = 0, max = 3_000_000) long gross, @ForAll boolean couple, @ForAll @IntRange(min = 0, max = 5) int children,
                @ForAll @IntRange(min = 2024, max = 2026) int year) {
        check(TestRequests.fr(year, String.valueOf(gross), couple ? Household.COUPLE : Household.SINGLE, children));
    }

    @Property(tries = 200)
    void uk(@ForAll @LongRange(min = 0, max = 3_000_000) long gross, @ForAll boolean scotland, @ForAll @IntRange(min = 2025, max = 2026) int year) {
        check(TestRequests.uk(year, String.valueOf(gross), scotland ? UkRegion.SCT : UkRegion.ENG, StudentLoanPlan.PLAN_2, StudentLoanPlan.POSTGRADUATE));
    }

    @Property(tries = 200)
    void us(@ForAll @LongRange(min = 0, max = 30_000_000) long gross, @ForAll boolean joint, @ForAll @IntRange(min = 0, max = 3) int place,
            @ForAll @IntRange(min = 2025, max = 2026) int year) {
        UsState state = place == 0 ? UsState.NONE : place == 1 ? UsState.CA : UsState.NY;
        check(TestRequests.us(year, String.valueOf(gross), joint ? Filing.MFJ : Filing.SINGLE, state, place == 3));
    }

    private static void check(NetResult r) {
        assertThat(r.employeeContributions()).isEqualByComparingTo(sum(r, Line.Kind.CONTRIBUTION));
        assertThat(r.incomeTax()).isEqualByComparingTo(sum(r, Line.Kind.INCOME_TAX));
        assertThat(r.otherTaxes()).isEqualByComparingTo(sum(r, Line.Kind.OTHER_TAX));
        assertThat(r.net()).isEqualByComparingTo(r.gross().subtract(r.employeeContributions()).subtract(r.incomeTax()).subtract(r.otherTaxes()));
        assertThat(r.incomeTax().signum()).isNotNegative();
        assertThat(r.otherTaxes().signum()).isNotNegative();
        assertThat(r.taxableIncome().signum()).isNotNegative();
        assertThat(r.net()).isLessThanOrEqualTo(r.gross());
    }

    private static BigDecimal sum(NetResult r, Line.Kind kind) {
        return r.lines().stream().filter(l -> l.kind() == kind).map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
