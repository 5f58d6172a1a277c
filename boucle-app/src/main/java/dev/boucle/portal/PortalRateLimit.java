package dev.boucle.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests per client address to the portal, in fixed one-minute windows, and asks for a fresh
 * link per hour: over either, 429 with Retry-After. Counted on this node only: links are 256-bit
 * secrets, so the limit is there to keep one client from crowding the others out, not to stop
 * guessing, and a cluster multiplies the allowance by its size at worst.
 */
@Configuration(proxyBeanMethods = false)
class PortalRateLimit {

    @Bean
    FilterRegistrationBean<Limiter> portalLimiter(PortalSettings settings) {
        var registration = new FilterRegistrationBean<>(new Limiter(settings));
        registration.addUrlPatterns("/portal/*", "/api/v1/portal/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    static final class Limiter extends OncePerRequestFilter {
        private final PortalSettings settings;
        private final Window minute = new Window(60_000);
        private final Window hour = new Window(3_600_000);

        Limiter(PortalSettings settings) {
            this.settings = settings;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String address = req.getRemoteAddr();
            boolean resend = "POST".equals(req.getMethod()) && req.getRequestURI().equals("/portal/resend");
            if (minute.count(address) > settings.requestsPerMinute() || (resend && hour.count(address) > settings.resendsPerHour())) {
                res.setStatus(429);
                res.setHeader("Retry-After", resend ? "3600" : "60");
                if (req.getRequestURI().startsWith("/api/")) {
                    res.setContentType("application/problem+json");
                    res.setCharacterEncoding("UTF-8");
                    res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                            + "\"detail\":\"Too many requests from this address; try again in a minute.\"}");
                } else {
                    res.setContentType("text/plain;charset=UTF-8");
                    res.getWriter().write("Too many requests; try again later. / Trop de requêtes ; réessayez plus tard.");
                }
                return;
            }
            chain.doFilter(req, res);
        }
    }

    /** Counts per key in the current window; a new window starts the counts again. */
    static final class Window {
        private final long millis;
        private volatile long started = System.currentTimeMillis();
        private final ConcurrentHashMap<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        Window(long millis) {
            this.millis = millis;
        }

        int count(String key) {
            long now = System.currentTimeMillis();
            if (now - started >= millis) {
                synchronized (this) {
                    if (now - started >= millis) {
                        counts.clear();
                        started = now;
                    }
                }
            }
            return counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
    }
}
