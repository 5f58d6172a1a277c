package dev.boucle.people;

import dev.boucle.platform.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: the API (bearer tokens, stateless, problem+json on 401 and 403) and the pages
 * (form login, session, CSRF on every form). What each role may do is checked per route with
 * method security and, for anything about a candidate, by the owning module's access policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * bcrypt (cost 10) through the delegating encoder, so a stored hash names its algorithm and
     * a later move (to Argon2id, say) can upgrade hashes at sign-in. bcrypt stays for now: it is
     * still an accepted password hash, and Argon2id would bring BouncyCastle in as a new
     * dependency of the sign-in path for little gain at Boucle's scale.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Users users) {
        return email -> users.byEmail(email).filter(u -> u.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookies on this door: a bearer token cannot be forged cross-site
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A light chain for the API (board p99, issue 11): the bearer filter sets and clears the
                // context itself, so no context repository, no saved requests, no anonymous user, no logout.
                .securityContext(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problems.write(req, res, HttpStatus.UNAUTHORIZED,
                                "unauthorized", "problem.unauthorized"))
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN,
                                "forbidden", "problem.forbidden")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignInThrottle throttle, Users users, SsoSettings sso,
            org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
        if (sso.enabled()) {
            // The same session, CSRF and sign-out as the form; the provider's answer comes back to /login/oauth2/code/sso.
            http.oauth2Login(o -> o.loginPage("/login")
                    .clientRegistrationRepository(new SsoRegistrations(sso))
                    .authorizedClientRepository(new org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository())
                    .userInfoEndpoint(u -> u.oidcUserService(new SsoAccounts(sso, users, transactions)))
                    .successHandler(new SignInOutcomes.SsoSucceeded(throttle, users))
                    .failureHandler(new SignInOutcomes.SsoFailed()));
        }
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/password/forgot", "/password/set", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        // A candidate's coding pad: no account, the link's 256-bit secret is the key.
                        .requestMatchers("/pad/**").permitAll()
                        // The candidate's portal: its own door (portal.PortalDoor) opens it with the link's session only.
                        .requestMatchers("/portal", "/portal/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                // The pad's own routes under the link (transport, runs, signals, assistant): the secret in the
                // address is the credential and no cookie opens them, so a forged cross-site request has nothing to ride on.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/pad/*/*"))
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .successHandler(new SignInOutcomes.Succeeded(throttle, users))
                        .failureHandler(new SignInOutcomes.Failed(throttle)))
                .addFilterBefore(new SignInOutcomes.Refusing(throttle),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?out"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'")))
                .build();
    }

    /**
     * The firewall refuses addresses with encoded slashes, percent signs or NUL before any
     * chain runs; on the API the answer is problem+json like every other refusal.
     */
    @Bean
    org.springframework.security.web.firewall.RequestRejectedHandler requestRejected(ProblemWriter problems) {
        var pages = new org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler();
        return (req, res, e) -> {
            if (req.getRequestURI().startsWith("/api/")) problems.badPath(req, res);
            else pages.handle(req, res, e);
        };
    }

    /** Writes a problem+json body from inside the filter chain, before any controller runs. */
    @org.springframework.stereotype.Component
    static class ProblemWriter {
        private final JsonMapper json;
        private final MessageSource messages;
        private final LocaleResolver locales;

        ProblemWriter(JsonMapper json, MessageSource messages, LocaleResolver locales) {
            this.json = json;
            this.messages = messages;
            this.locales = locales;
        }

        void write(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res, HttpStatus status,
                String kind, String key) throws IOException {
            var problem = Problems.of(status, kind, messages.getMessage(key, null, locales.resolveLocale(req)));
            send(req, res, status, problem);
        }

        /** A 400 for a request address the firewall refused: the path is the field at fault. */
        void badPath(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) throws IOException {
            String message = messages.getMessage("problem.bad-path", null, locales.resolveLocale(req));
            send(req, res, HttpStatus.BAD_REQUEST, Problems.withErrors(HttpStatus.BAD_REQUEST, "bad-input", message,
                    java.util.Map.of("path", message)));
        }

        private void send(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res, HttpStatus status,
                org.springframework.http.ProblemDetail problem) throws IOException {
            try {
                problem.setInstance(java.net.URI.create(req.getRequestURI()));
            } catch (IllegalArgumentException notAUri) {
                // A refused address need not be a valid URI; the problem then goes without it.
            }
            res.setStatus(status.value());
            if (status == HttpStatus.UNAUTHORIZED) res.setHeader("WWW-Authenticate", "Bearer");
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            res.setCharacterEncoding("UTF-8");
            json.writeValue(res.getOutputStream(), problem);
        }
    }
}
