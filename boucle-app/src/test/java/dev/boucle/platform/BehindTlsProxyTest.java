package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** BOUCLE_BEHIND_TLS_PROXY=true: https as the proxy saw it, Secure session cookie, HSTS. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"boucle.behind-tls-proxy=true", "boucle.demo=false"})
class BehindTlsProxyTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws java.io.IOException {
        var data = Files.createTempDirectory("boucle-tls");
        registry.add("boucle.data-dir", data::toString);
    }

    private HttpResponse<String> login(String proto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        if (proto != null) request.header("X-Forwarded-Proto", proto);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("a request the proxy received over https gets HSTS and a Secure session cookie; plain http gets neither")
    void secureBehindTheProxy() throws Exception {
        HttpResponse<String> https = login("https");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(https.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("Secure").contains("HttpOnly"));

        HttpResponse<String> plain = login(null);
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
