package dev.boucle.people;

import dev.boucle.platform.Secrets;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A third door, for Prometheus: {@code /actuator/prometheus} opens only to
 * {@code Authorization: Bearer $BOUCLE_METRICS_TOKEN}. Metrics are not about candidates, but
 * they show how busy the hiring team is and which verdicts the judge gives, so they are not
 * public. With no token configured the endpoint answers 401 to everyone. The scraper is not a
 * user: the token grants the metrics and nothing else, and is never stored in the database.
 */
@Configuration(proxyBeanMethods = false)
class MetricsDoor {

    static final String SCRAPE = "METRICS_SCRAPE";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${boucle.metrics-token:}") String token) throws Exception {
        return http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new ScrapeTokenFilter(token), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(SCRAPE))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .build();
    }

    /** Compares hashes in constant time, so the answer's timing says nothing about the token. */
    static final class ScrapeTokenFilter extends OncePerRequestFilter {
        private final byte[] expected;

        ScrapeTokenFilter(String token) {
            this.expected = token.isBlank() ? null : Secrets.sha256(token);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String header = req.getHeader("Authorization");
            if (expected != null && header != null && header.startsWith("Bearer ")
                    && MessageDigest.isEqual(expected, Secrets.sha256(header.substring(7).trim()))) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "prometheus", null, List.of(new SimpleGrantedAuthority(SCRAPE))));
            }
            try {
                chain.doFilter(req, res);
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
