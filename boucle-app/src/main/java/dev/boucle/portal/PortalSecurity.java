package dev.boucle.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The portal's API door, before the staff API's: no bearer token is read here (PortalDoor refuses
 * one outright), the candidate's session cookie is the credential, so writes carry the CSRF token
 * the portal's pages hand out, as every cookie-borne form does.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain portalApiChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/portal/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .securityContext(c -> c.disable())
                .requestCache(c -> c.disable())
                .anonymous(a -> a.disable())
                .logout(l -> l.disable())
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> {
                    // A missing or stale CSRF token: say so as problem+json, like every API refusal.
                    res.setStatus(403);
                    res.setContentType("application/problem+json");
                    res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"The request lacks the page's CSRF token (X-CSRF-TOKEN).\"}");
                }))
                .build();
    }
}
