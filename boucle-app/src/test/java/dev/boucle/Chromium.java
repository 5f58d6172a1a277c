package dev.boucle;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright for Java, as every browser test launches it: never the
 * browser Playwright would download, and the flags a headless run in a container needs.
 */
public final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("BOUCLE_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Debian's chromium is needed at " + EXECUTABLE + ": apt-get install chromium (.ci/run does)");
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** A fresh browser context signed in through the sign-in form, on the page it lands on. */
    public Page signIn(int port, String email, String password) {
        Page page = browser.newContext().newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.locator("form.stack button[type=submit]").click();
        page.waitForURL(java.util.regex.Pattern.compile(".*/jobs$"));
        return page;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
