package dev.boucle.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * One setting for running behind a TLS-terminating proxy (BOUCLE_BEHIND_TLS_PROXY=true): the
 * proxy's X-Forwarded-* headers are believed (from private and loopback addresses only, which is
 * Tomcat's default for trusted proxies), so requests the proxy received over https count as
 * secure; the session cookie is then only sent over https, and Spring Security adds HSTS to
 * secure responses. Explicit server.* settings still win: these come last.
 */
class BehindTlsProxy implements EnvironmentPostProcessor {

    static final String SETTING = "boucle.behind-tls-proxy";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean on = Boolean.parseBoolean(environment.getProperty(SETTING,
                environment.getProperty("BOUCLE_BEHIND_TLS_PROXY", "false")));
        if (!on) return;
        environment.getPropertySources().addLast(new MapPropertySource("boucle-behind-tls-proxy", Map.of(
                "server.forward-headers-strategy", "native",
                "server.servlet.session.cookie.secure", "true")));
    }
}
