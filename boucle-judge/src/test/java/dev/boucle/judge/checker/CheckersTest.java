package dev.boucle.judge.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CheckersTest {
    private static boolean accepts(Checker checker, String output, String expected) {
        return checker.check(new byte[0], output.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8)).accepted();
    }

    @Test
    void exactIgnoresOnlyTrailingWhitespaceAndBlankLines() {
        Checker exact = new ExactChecker();
        assertThat(accepts(exact, "1 2\r\n3  \n\n", "1 2\n3\n")).isTrue();
        assertThat(accepts(exact, "1  2\n3\n", "1 2\n3\n")).isFalse();
        assertThat(accepts(exact, "1 2 3\n", "1 2\n3\n")).isFalse();
        assertThat(accepts(exact, "", "x\n")).isFalse();
    }

    @Test
    void tokensIgnoreLayout() {
        Checker tokens = new TokenChecker();
        assertThat(accepts(tokens, "1\n2   3", "1 2 3\n")).isTrue();
        assertThat(accepts(tokens, "1 2", "1 2 3\n")).isFalse();
        assertThat(accepts(tokens, "", "")).isTrue();
    }

    @Test
    void floatUsesAbsoluteOrRelativeTolerance() {
        Checker floats = new FloatChecker(1e-6);
        assertThat(accepts(floats, "0.3333334", "0.333333333")).isTrue();
        assertThat(accepts(floats, "1000000.5", "1000000.0")).isTrue();
        assertThat(accepts(floats, "1.01", "1.0")).isFalse();
        assertThat(accepts(floats, "NaN", "1.0")).isFalse();
        assertThat(accepts(floats, "0x1p0", "1.0")).isFalse();
        assertThat(accepts(floats, "YES 1.0000001", "YES 1")).isTrue();
        assertThat(accepts(floats, "NO 1", "YES 1")).isFalse();
    }

    @Test
    void messagesNeverQuoteTheHiddenAnswer() {
        CheckResult result = new TokenChecker().check(new byte[0], "wrong".getBytes(), "SECRET-ANSWER".getBytes());
        assertThat(result.message()).doesNotContain("SECRET");
    }
}
