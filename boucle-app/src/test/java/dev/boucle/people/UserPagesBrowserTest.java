package dev.boucle.people;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.Chromium;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An admin and an invitee in two real browsers (Debian's chromium via Playwright): the admin
 * invites in French, the invitee chooses a password from the mailed link and signs in, the
 * admin deactivates them and their open session ends.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserPagesBrowserTest extends BoucleIntegrationTest {

    private static final Pattern LINK = Pattern.compile("(/password/set\\?token=[A-Za-z0-9_-]{40,})");
    private static final String CHOSEN = "chosen-in-the-browser-1";
    Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    @Test
    @DisplayName("an admin invites someone in French; they set a password from the mail and sign in; deactivated, their session ends")
    void inviteSetPasswordDeactivate() throws Exception {
        Person admin = person("ADMIN");
        String base = "http://localhost:" + port;
        Page adminPage = chromium.signIn(port, admin.email(), PASSWORD);
        adminPage.navigate(base + "/admin/users?lang=fr");
        assertThat(adminPage.locator("h1")).hasText("Utilisateurs");
        assertThat(adminPage.locator("header nav")).containsText("Utilisateurs");

        // A server-side field error first: the browser accepts the address, Boucle does not.
        var invite = adminPage.locator("[data-testid=invite]");
        invite.locator("input[name=email]").fill("nope@nowhere");
        invite.locator("input[name=name]").fill("Ines Invitee");
        invite.locator("button[type=submit]").click();
        assertThat(adminPage.locator("[data-testid=invite] input[name=email] ~ .field-error")).containsText("adresse e-mail");
        assertThat(adminPage.locator("[data-testid=invite] fieldset .field-error")).containsText("au moins un rôle");

        String email = unique("invitee") + "@boucle.test";
        invite = adminPage.locator("[data-testid=invite]");
        invite.locator("input[name=email]").fill(email);
        invite.locator("input[name=name]").fill("Ines Invitee");
        invite.locator("input[name=roles][value=INTERVIEWER]").check();
        invite.locator("select[name=locale]").selectOption("fr");
        invite.locator("button[type=submit]").click();
        assertThat(adminPage.locator(".notice")).containsText("L’invitation est envoyée");
        assertThat(adminPage.locator("[data-testid=users]")).containsText(email);

        var mail = mailTo(email, 1).getFirst();
        assertThat(mail.getSubject()).isEqualTo("Vous êtes invité sur Boucle");
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).isTrue();

        BrowserContext inviteeBrowser = chromium.browser().newContext();
        Page invitee = inviteeBrowser.newPage();
        invitee.navigate(base + link.group(1));
        invitee.locator("input[name=password]").fill(CHOSEN);
        invitee.locator("input[name=confirmation]").fill(CHOSEN);
        invitee.locator("form button[type=submit]").click();
        assertThat(invitee).hasURL(Pattern.compile(".*/login\\?password$"));
        invitee.locator("input[name=username]").fill(email);
        invitee.locator("input[name=password]").fill(CHOSEN);
        invitee.locator("form.stack button[type=submit]").click();
        assertThat(invitee).hasURL(Pattern.compile(".*/jobs$"));

        // The admin opens the user's page, ticks the confirmation and deactivates them.
        adminPage.locator("[data-testid=users] a", new Page.LocatorOptions().setHasText("Ines Invitee")).click();
        assertThat(adminPage.locator("[data-testid=deactivate] button")).hasText("Désactiver");
        adminPage.locator("[data-testid=deactivate] button").click();
        assertThat(adminPage.locator("[data-testid=deactivate] .field-error")).containsText("Cochez la confirmation");
        adminPage.locator("[data-testid=deactivate] input[name=confirm]").check();
        adminPage.locator("[data-testid=deactivate] button").click();
        assertThat(adminPage.locator("[data-testid=activate] button")).hasText("Réactiver");

        invitee.navigate(base + "/jobs");
        assertThat(invitee).hasURL(Pattern.compile(".*/login$"));
        inviteeBrowser.close();
    }
}
