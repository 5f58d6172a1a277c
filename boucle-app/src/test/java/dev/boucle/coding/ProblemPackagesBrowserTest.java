package dev.boucle.coding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.Chromium;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** An administrator imports a Kattis package on /admin/problems in a real browser, then one that fails its self-test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemPackagesBrowserTest extends BoucleIntegrationTest {

    Chromium chromium;
    Browser browser;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        browser = chromium.browser();
    }

    @AfterAll
    void close() {
        if (chromium != null) chromium.close();
    }

    private static Path zip(String name, boolean brokenAccepted) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("problem.yaml", "name: Shout back\nlimits:\n  time_limit: 2\n");
        files.put("data/sample/1.in", "hello\n");
        files.put("data/sample/1.ans", "HELLO\n");
        files.put("data/secret/1.in", "boucle\n");
        files.put("data/secret/1.ans", "BOUCLE\n");
        files.put("submissions/accepted/lower.py", "print(input())\n");  // case-insensitive by default
        files.put("submissions/wrong_answer/reverse.py", "print(input()[::-1])\n");
        if (brokenAccepted) files.put("submissions/accepted/empty.py", "input()\n");
        Path zip = Files.createTempDirectory("pkg-").resolve(name + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                z.putNextEntry(new ZipEntry(name + "/" + f.getKey()));
                z.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }

    private static void importPackage(Page page, Path zip) {
        page.locator("[data-testid=package-form] input[type=file]").setInputFiles(zip);
        page.locator("[data-testid=package-form] select[name=topic]").selectOption("SYSTEMS");
        page.locator("[data-testid=package-form] select[name=difficulty]").selectOption("EASY");
        page.locator("[data-testid=package-form] input[value=SYSTEMS_CODING]").check();
        page.locator("[data-testid=package-form] button[type=submit]").click();
    }

    @Test
    @DisplayName("an administrator imports a package, sees its self-test, finds it in the bank, and a failing one is refused")
    void adminImportsAPackage() throws Exception {
        Person admin = person("ADMIN");
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/coding/problems");
        page.locator("input[name=username]").fill(admin.email());
        page.locator("input[name=password]").fill(PASSWORD);
        page.locator("form.stack button[type=submit]").click();
        page.locator("[data-testid=packages-link]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/admin/problems$"));

        String id = unique("shout");
        importPackage(page, zip(id, false));
        assertThat(page.locator("[data-testid=package-notice]")).containsText("Imported " + id);
        assertThat(page.locator("[data-testid=self-test]")).containsText("submissions/accepted/lower.py");
        assertThat(page.locator("[data-testid=self-test] tr.error")).hasCount(0);
        assertThat(page.locator("[data-testid=package-problems]")).containsText(id);
        assertThat(page.locator("a[href='/api/v1/problems/" + id + "/package']")).isVisible();
        BrowserShots.shot(page, "packages-imported");

        String broken = unique("shout");
        importPackage(page, zip(broken, true));
        assertThat(page.locator("[data-testid=package-error]")).containsText("submissions/accepted/empty.py");
        assertThat(page.locator("[data-testid=self-test] tr.error")).hasCount(1);
        assertThat(page.locator("[data-testid=package-problems]")).not().containsText(broken);

        page.locator("[data-testid=switch-language]").click();
        assertThat(page.locator("h1")).hasText("Paquets de problèmes");
        BrowserShots.shot(page, "packages-fr");

        page.navigate("http://localhost:" + port + "/coding/problems");
        assertThat(page.locator("[data-testid=coding-problems]")).containsText("Shout back");
    }

    /** Screenshots for people reviewing a change, as BrowserTest takes them. */
    static final class BrowserShots {
        static void shot(Page page, String name) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/" + name + ".png")).setFullPage(true));
        }
    }
}
