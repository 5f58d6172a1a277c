package dev.boucle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The portal's limits per client address, on the filter itself: the integration tests all come
 * from 127.0.0.1 and lift them, so they are held here with small limits and addresses of our own.
 */
class PortalRateLimitTest {

    final PortalRateLimit.Limiter limiter = new PortalRateLimit.Limiter(new PortalSettings(URI.create("https://boucle.example"), 14, true, 3, 2));

    int call(String address, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limiter.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    @DisplayName("past its requests a minute, one address gets 429 (problem+json on the API) while another is served")
    void perMinute() throws Exception {
        for (int i = 0; i < 3; i++) assertThat(call("10.0.0.1", "GET", "/portal")).isEqualTo(200);
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/portal/me");
        request.setRemoteAddr("10.0.0.1");
        MockHttpServletResponse refused = new MockHttpServletResponse();
        limiter.doFilter(request, refused, new MockFilterChain());
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(call("10.0.0.2", "GET", "/portal")).isEqualTo(200);
    }

    @Test
    @DisplayName("asking for fresh links has its own, smaller allowance per hour")
    void resends() throws Exception {
        assertThat(call("10.0.0.3", "POST", "/portal/resend")).isEqualTo(200);
        assertThat(call("10.0.0.3", "POST", "/portal/resend")).isEqualTo(200);
        assertThat(call("10.0.0.3", "POST", "/portal/resend")).isEqualTo(429);
    }

    @Test
    @DisplayName("a window's counts start again when it ends")
    void windowsEnd() throws Exception {
        PortalRateLimit.Window window = new PortalRateLimit.Window(1_000);
        assertThat(window.count("a")).isEqualTo(1);
        assertThat(window.count("a")).isEqualTo(2);
        Thread.sleep(1_100);
        assertThat(window.count("a")).isEqualTo(1);
    }
}
