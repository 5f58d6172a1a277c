package dev.boucle.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.Chromium;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Single sign-on through a real Spring Authorization Server (SsoProvider) and a real browser:
 * Boucle's button, the provider's sign-in form, back to Boucle signed in as a user created
 * just in time with the role its group maps to; a user whose groups map to nothing, or whose
 * account is deactivated, is refused with a message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SsoSignInTest extends BoucleIntegrationTest {

    Chromium chromium;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void start() {
        SsoProvider.start(port);
        chromium = Chromium.launch();
    }

    @AfterAll
    void stop() {
        if (chromium != null) chromium.close();
        SsoProvider.stop();
    }

    /** Boucle's SSO button, then the provider's form; the page is wherever the flow ends. */
    private Page signInThroughProvider(BrowserContext browser, String user) {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + port + "/login");
        assertThat(page.locator("[data-testid=sso]")).hasText("Sign in with Test IdP");
        page.locator("[data-testid=sso]").click();
        page.waitForURL(Pattern.compile("^" + Pattern.quote(SsoProvider.ISSUER) + "/login.*"));
        page.locator("input[name=username]").fill(user);
        page.locator("input[name=password]").fill(SsoProvider.PASSWORD);
        page.locator("button[type=submit]").click();
        page.waitForURL(Pattern.compile("^http://127\\.0\\.0\\.1:" + port + "/(jobs|login\\?sso=.*)$"));
        return page;
    }

    @Test
    @DisplayName("a provider user with a mapped group signs in, gets an account with that role; deactivated, they are refused")
    void mappedUserSignsIn() {
        String email = SsoProvider.email(SsoProvider.MAPPED_USER);
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = signInThroughProvider(browser, SsoProvider.MAPPED_USER);
            assertThat(page).hasURL(Pattern.compile(".*/jobs$"));
            assertThat(page.locator("header")).containsText("SSO " + SsoProvider.MAPPED_USER);
            // The recruiter's pages open; an admin's do not.
            assertThat(page.locator("header nav")).containsText("Candidates");
            page.navigate("http://127.0.0.1:" + port + "/admin/users");
            assertThat(page.locator("body")).not().containsText("Invite someone");
        }
        var row = jdbc.sql("select array_to_string(roles, ',') roles, password_hash is null no_password, last_sign_in_at is not null signed from users where email = ?")
                .param(email).query((rs, n) -> java.util.List.of(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3))).single();
        assertThat(row).containsExactly("RECRUITER", true, true);

        long id = jdbc.sql("select id from users where email = ?").param(email).query(Long.class).single();
        assertThat(admin().send("PUT", "/api/v1/users/" + id, "application/json", "{\"active\": false}").status()).isEqualTo(200);
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = signInThroughProvider(browser, SsoProvider.MAPPED_USER);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=inactive$"));
            assertThat(page.locator("[data-testid=sso-refused]")).containsText("deactivated");
        } finally {
            admin().send("PUT", "/api/v1/users/" + id, "application/json", "{\"active\": true}");
        }
    }

    @Test
    @DisplayName("a provider user whose groups map to no Boucle role is refused with a message, in French too, and gets no account")
    void unmappedUserIsRefused() {
        try (BrowserContext browser = chromium.browser().newContext()) {
            Page page = signInThroughProvider(browser, SsoProvider.UNMAPPED_USER);
            assertThat(page).hasURL(Pattern.compile(".*/login\\?sso=no-role$"));
            assertThat(page.locator("[data-testid=sso-refused]")).containsText("no Boucle role");
            page.navigate(page.url() + "&lang=fr");
            assertThat(page.locator("[data-testid=sso-refused]")).containsText("aucun rôle Boucle");
        }
        assertThat(jdbc.sql("select count(*) from users where email = ?").param(SsoProvider.email(SsoProvider.UNMAPPED_USER))
                .query(Long.class).single()).isZero();
    }
}
