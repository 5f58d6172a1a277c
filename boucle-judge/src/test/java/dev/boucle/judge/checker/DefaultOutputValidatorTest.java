package dev.boucle.judge.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.judge.problem.ValidatorFlags;
import java.nio.charset.StandardCharsets;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The Kattis default output validator, one rule per test, with the cases it must reject. */
class DefaultOutputValidatorTest {

    private static CheckResult check(String flags, String output, String answer) {
        return new DefaultOutputValidator(ValidatorFlags.parse(flags)).check(new byte[0],
                output.getBytes(StandardCharsets.UTF_8), answer.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean accepts(String flags, String output, String answer) {
        return check(flags, output, answer).accepted();
    }

    @Test
    void tokensCompareWhateverTheWhitespaceBetweenThem() {
        assertThat(accepts("", "1\n2   3\t4\r\n", "1 2 3 4\n")).isTrue();
        assertThat(accepts("", "  1 2 3 4", "1 2 3 4\n")).isTrue();
        assertThat(accepts("", "", "")).isTrue();
        assertThat(accepts("", "1 2 3", "1 2 3 4\n")).isFalse();
        assertThat(accepts("", "1 2 3 4 5", "1 2 3 4\n")).isFalse();
        assertThat(accepts("", "12 3 4", "1 2 3 4\n")).isFalse();
    }

    @Test
    void lettersIgnoreCaseByDefault() {
        assertThat(accepts("", "yes\nNo\n", "YES\nno\n")).isTrue();
        assertThat(accepts("", "yes", "yess")).isFalse();
    }

    @Test
    void caseSensitiveRejectsAnotherCase() {
        assertThat(accepts("case_sensitive", "YES", "YES")).isTrue();
        assertThat(accepts("case_sensitive", "yes", "YES")).isFalse();
        assertThat(check("case_sensitive", "a yes", "a YES").message()).isEqualTo("token 2 differs");
    }

    @Test
    void spaceChangeSensitiveWantsTheSameWhitespace() {
        String flags = "space_change_sensitive";
        assertThat(accepts(flags, "1 2\n3\n", "1 2\n3\n")).isTrue();
        assertThat(accepts(flags, "1  2\n3\n", "1 2\n3\n")).isFalse();
        assertThat(accepts(flags, "1 2 3\n", "1 2\n3\n")).isFalse();
        assertThat(accepts(flags, "1 2\n3", "1 2\n3\n")).isFalse();
        assertThat(accepts(flags, " 1 2\n3\n", "1 2\n3\n")).isFalse();
        assertThat(check(flags, "1  2\n3\n", "1 2\n3\n").message()).isEqualTo("whitespace differs after token 1");
        // Case still does not count there.
        assertThat(accepts(flags, "Yes\n", "yes\n")).isTrue();
    }

    @Test
    void withoutAToleranceNumbersAreOrdinaryTokens() {
        assertThat(accepts("", "0.5", "0.5")).isTrue();
        assertThat(accepts("", "0.50", "0.5")).isFalse();
        assertThat(accepts("", "5e-1", "0.5")).isFalse();
    }

    @Test
    void absoluteToleranceAloneIgnoresRelativeError() {
        String flags = "float_absolute_tolerance 0.01";
        assertThat(accepts(flags, "1.005", "1")).isTrue();
        assertThat(accepts(flags, "1.02", "1")).isFalse();
        // 0.1% relative error but 1.0 absolute: an absolute-only tolerance rejects it.
        assertThat(accepts(flags, "1001", "1000")).isFalse();
    }

    @Test
    void relativeToleranceAloneIgnoresAbsoluteError() {
        String flags = "float_relative_tolerance 0.01";
        assertThat(accepts(flags, "1005", "1000")).isTrue();
        assertThat(accepts(flags, "1020", "1000")).isFalse();
        // Absolute error 0.001 is tiny, but relative to 0.001 it is 100%.
        assertThat(accepts(flags, "0.002", "0.001")).isFalse();
    }

    @Test
    void bothTolerancesAcceptATokenWithinEither() {
        String flags = "float_absolute_tolerance 0.01 float_relative_tolerance 0.001";
        assertThat(accepts(flags, "0.005", "0")).isTrue();        // absolute
        assertThat(accepts(flags, "1000.9", "1000")).isTrue();    // relative
        assertThat(accepts(flags, "1002", "1000")).isFalse();     // neither
        assertThat(check(flags, "x 1002", "x 1000").message()).isEqualTo("token 2 is outside the tolerance");
    }

    @Test
    void floatToleranceSetsBoth() {
        ValidatorFlags flags = ValidatorFlags.parse("float_tolerance 1e-6");
        assertThat(flags.absoluteTolerance()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(flags.relativeTolerance()).isEqualTo(OptionalDouble.of(1e-6));
        assertThat(accepts("float_tolerance 1e-6", "0.3333334", "0.333333333")).isTrue();
        assertThat(accepts("float_tolerance 1e-6", "1000000.5", "1000000")).isTrue();
        assertThat(accepts("float_tolerance 1e-6", "1.01", "1")).isFalse();
    }

    @Test
    void withAToleranceAnyNotationOfTheNumberIsAccepted() {
        String flags = "float_tolerance 1e-9";
        assertThat(accepts(flags, "3.14000000e-2", "0.0314")).isTrue();
        assertThat(accepts(flags, "+2", "2.000")).isTrue();
        assertThat(accepts(flags, ".5", "0.5")).isTrue();
        assertThat(accepts(flags, "0x1p-1", "0.5")).isFalse();
        assertThat(check(flags, "half", "0.5").message()).isEqualTo("token 1 is not a number");
        // Words between numbers still compare as words.
        assertThat(accepts(flags, "CASE 1: 0.5", "Case 1: 0.50")).isTrue();
        assertThat(accepts(flags, "Cas 1: 0.5", "Case 1: 0.50")).isFalse();
    }

    @Test
    void infAndNanAreNumbersInAnyCaseAndSign() {
        String flags = "float_tolerance 1e-6";
        assertThat(accepts(flags, "INF", "inf")).isTrue();
        assertThat(accepts(flags, "+Infinity", "inf")).isTrue();
        assertThat(accepts(flags, "-inf", "-INF")).isTrue();
        assertThat(accepts(flags, "NaN", "nan")).isTrue();
        assertThat(accepts(flags, "-nan", "NAN")).isTrue();
        assertThat(accepts(flags, "-inf", "inf")).isFalse();
        assertThat(accepts(flags, "1e308", "inf")).isFalse();
        assertThat(accepts(flags, "nan", "0")).isFalse();
        assertThat(accepts(flags, "0", "nan")).isFalse();
        assertThat(accepts(flags, "inf", "1")).isFalse();
    }

    @Test
    void messagesNeverQuoteTheAnswer() {
        assertThat(check("", "apple", "banana").message()).doesNotContain("banana");
        assertThat(check("float_tolerance 0.1", "1", "12345").message()).doesNotContain("12345");
    }

    @Test
    void badFlagsAreErrorsNamingThem() {
        assertThatThrownBy(() -> ValidatorFlags.parse("case_insensitive"))
                .hasMessageContaining("unknown validator flag 'case_insensitive'");
        assertThatThrownBy(() -> ValidatorFlags.parse("float_tolerance"))
                .hasMessageContaining("float_tolerance needs a number");
        assertThatThrownBy(() -> ValidatorFlags.parse("float_tolerance abc"))
                .hasMessageContaining("not 'abc'");
        assertThatThrownBy(() -> ValidatorFlags.parse("float_relative_tolerance -1"))
                .hasMessageContaining("non-negative");
    }

    @Test
    void flagsRoundTripThroughTheirText() {
        for (String text : new String[] {"", "case_sensitive space_change_sensitive", "float_tolerance 1.0E-6",
                "float_absolute_tolerance 0.5 float_relative_tolerance 0.001"}) {
            ValidatorFlags flags = ValidatorFlags.parse(text);
            assertThat(ValidatorFlags.parse(flags.toFlags())).isEqualTo(flags);
        }
    }
}
