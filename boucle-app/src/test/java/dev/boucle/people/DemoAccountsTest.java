package dev.boucle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.platform.BoucleProperties;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Demo accounts: a fresh random password at each demo start, no sign-in once demo mode is off. */
class DemoAccountsTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    BoucleProperties props;

    private DemoAccounts accounts(boolean demo, ByteArrayOutputStream console) {
        BoucleProperties mode = new BoucleProperties(props.dataDir(), props.db(), demo, props.adminToken(), props.processFile());
        return new DemoAccounts(mode, jdbc, encoder, "", new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("each demo start prints new random passwords once; the previous ones stop working; demo off clears them")
    void randomPasswordsThenOff() {
        Person person = person("RECRUITER");
        accounts(true, new ByteArrayOutputStream()).enlist(person.id());

        ByteArrayOutputStream first = new ByteArrayOutputStream();
        accounts(true, first).run(null);
        String password = printedPassword(first.toString(StandardCharsets.UTF_8), person.email());
        assertThat(password).hasSize(16).isNotEqualTo(PASSWORD);
        Api.session(port, person.email(), password); // signs in, or throws

        ByteArrayOutputStream second = new ByteArrayOutputStream();
        accounts(true, second).run(null);
        String next = printedPassword(second.toString(StandardCharsets.UTF_8), person.email());
        assertThat(next).isNotEqualTo(password);
        assertThatThrownBy(() -> Api.session(port, person.email(), password)).hasMessageContaining("sign-in failed");
        Api.session(port, person.email(), next);

        ByteArrayOutputStream off = new ByteArrayOutputStream();
        accounts(false, off).run(null);
        assertThat(off.toString(StandardCharsets.UTF_8)).doesNotContain(person.email());
        assertThatThrownBy(() -> Api.session(port, person.email(), next)).hasMessageContaining("sign-in failed");
        assertThat(person.api().get("/api/v1/jobs").status()).isEqualTo(401);
    }

    private static String printedPassword(String console, String email) {
        Matcher m = Pattern.compile(Pattern.quote(email) + "\\s+(\\S+)").matcher(console);
        assertThat(m.find()).as("the console lists %s: %s", email, console).isTrue();
        return m.group(1);
    }
}
