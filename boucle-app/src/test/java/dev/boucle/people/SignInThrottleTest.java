package dev.boucle.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Password guessing is throttled per account and per address, with a message that says so. */
class SignInThrottleTest extends BoucleIntegrationTest {

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("after 5 wrong passwords the right one is refused too, with a clear message; other accounts still sign in")
    void perAccount() {
        Person target = person("RECRUITER");
        Api browser = Api.visitor(port);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT; i++) {
            Api.Response wrong = browser.form("/login", Map.of("username", target.email(), "password", "wrong-guess-" + i));
            assertThat(wrong.header("Location")).endsWith("/login?error");
        }
        Api.Response right = browser.form("/login", Map.of("username", target.email().toUpperCase(), "password", PASSWORD));
        assertThat(right.status()).isEqualTo(302);
        assertThat(right.header("Location")).endsWith("/login?throttled");
        assertThat(browser.get("/login?throttled").body()).contains("Too many failed sign-ins");
        assertThat(Api.visitor(port).sendWithLanguage("GET", "/login?throttled", "", "fr").body()).contains("Trop d’échecs de connexion");

        Person other = person("RECRUITER");
        Api.session(port, other.email(), PASSWORD); // throws if refused
    }

    @Test
    @DisplayName("enough failures from one address hold back every account from it, not from elsewhere")
    void perAddress() {
        SignInThrottle throttle = new SignInThrottle(jdbc, 20); // the default; the suite raises it (see BoucleIntegrationTest)
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < throttle.perAddress(); i++) {
            assertThat(throttle.refuses("someone" + i + "@example.com", address)).isFalse();
            throttle.failed("someone" + i + "@example.com", address);
        }
        assertThat(throttle.refuses("fresh@example.com", address)).isTrue();
        assertThat(throttle.refuses("fresh@example.com", "198.51.100.7")).isFalse();
    }

    @Test
    @DisplayName("a success clears its account's failures")
    void successClears() {
        Person person = person("RECRUITER");
        Api browser = Api.visitor(port);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            browser.form("/login", Map.of("username", person.email(), "password", "wrong-guess-" + i));
        }
        Api.session(port, person.email(), PASSWORD);
        for (int i = 0; i < SignInThrottle.PER_ACCOUNT - 1; i++) {
            browser.form("/login", Map.of("username", person.email(), "password", "wrong-again-" + i));
        }
        Api.session(port, person.email(), PASSWORD);
    }
}
