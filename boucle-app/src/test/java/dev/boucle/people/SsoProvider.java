package dev.boucle.people;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A real OpenID provider for the tests: Spring Authorization Server as its own small Spring
 * Boot application on a loopback port, with Boucle as a registered client (no consent screen),
 * two users and a {@code groups} claim in their ID tokens. Its port is chosen when this class
 * loads, so Boucle's shared test context can name the issuer; it starts only when a test asks
 * (Boucle reads the discovery document on the first SSO sign-in, not at start-up).
 */
public final class SsoProvider {

    public static final int PORT = freePort();
    /** On "localhost" while the browser reaches Boucle on 127.0.0.1, so the two servers' cookies never mix. */
    public static final String ISSUER = "http://localhost:" + PORT;
    public static final String CLIENT_ID = "boucle";
    public static final String CLIENT_SECRET = "sso-test-secret-0123456789";
    /** In the provider's "recruiters" group, which Boucle maps to RECRUITER. */
    public static final String MAPPED_USER = "rosa";
    /** Only in a group Boucle maps to nothing. */
    public static final String UNMAPPED_USER = "victor";
    public static final String PASSWORD = "provider-password-1";
    private static ConfigurableApplicationContext running;

    private SsoProvider() {}

    /** The properties that point Boucle's test context at this provider. */
    public static Map<String, String> boucleProperties() {
        return Map.of("boucle.sso.issuer-uri", ISSUER, "boucle.sso.client-id", CLIENT_ID, "boucle.sso.client-secret", CLIENT_SECRET,
                "boucle.sso.role-claim", "groups", "boucle.sso.roles.recruiters", "RECRUITER", "boucle.sso.label", "Test IdP");
    }

    public static String email(String user) {
        return user + "@sso.test";
    }

    /** Starts the provider once, with Boucle's redirect address at this port. */
    public static synchronized void start(int bouclePort) {
        if (running != null) return;
        String prefix = "spring.security.oauth2.authorizationserver.client.boucle.";
        running = new SpringApplicationBuilder(App.class).web(WebApplicationType.SERVLET).properties(
                "spring.config.name=sso-provider", // not Boucle's application.properties
                "server.port=" + PORT, "server.address=127.0.0.1",
                "spring.security.oauth2.authorizationserver.issuer=" + ISSUER,
                prefix + "registration.client-id=" + CLIENT_ID,
                prefix + "registration.client-secret={noop}" + CLIENT_SECRET,
                prefix + "registration.client-authentication-methods=client_secret_basic",
                prefix + "registration.authorization-grant-types=authorization_code",
                prefix + "registration.redirect-uris=http://127.0.0.1:" + bouclePort + "/login/oauth2/code/sso",
                prefix + "registration.scopes=openid,profile,email",
                prefix + "require-authorization-consent=false").run();
    }

    public static synchronized void stop() {
        if (running != null) running.close();
        running = null;
    }

    /**
     * Deliberately neither a {@code @SpringBootConfiguration} (the tests of this package would
     * find it instead of Boucle's) nor a {@code @Configuration} (Boucle's component scan would
     * pick it up): a plain source class, which Spring Boot still reads for beans and imports.
     */
    @ImportAutoConfiguration({
            org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration.class,
            org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration.class,
            org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration.class,
            org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration.class,
            org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
            org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration.class,
            org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration.class})
    static class App {

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(
                    User.withUsername(MAPPED_USER).password("{noop}" + PASSWORD).authorities("GROUP_recruiters", "GROUP_staff").build(),
                    User.withUsername(UNMAPPED_USER).password("{noop}" + PASSWORD).authorities("GROUP_visitors").build());
        }

        /** The ID token carries the user's e-mail, name and groups, as Keycloak or Entra ID would put them. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if (!"id_token".equals(context.getTokenType().getValue())) return;
                var principal = context.getPrincipal();
                List<String> groups = principal.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("GROUP_")).map(a -> a.substring(6)).toList();
                context.getClaims().claim("email", email(principal.getName())).claim("name", "SSO " + principal.getName())
                        .claim("groups", groups);
            };
        }
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
