package dev.boucle.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Ready means ready: while start-up work runs (the last listener of the ready event runs after
 * the bootstrap token and the seeding), the server already answers, and health must say it is
 * not ready; once start-up is over, health is UP and the bootstrap token works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"boucle.admin-token=" + ReadinessTest.TOKEN, "boucle.demo=false"})
class ReadinessTest {

    static final String TOKEN = "readiness-admin-token-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) throws java.io.IOException {
        Path data = Files.createTempDirectory("boucle-readiness");
        registry.add("boucle.data-dir", data::toString);
    }

    @Test
    @DisplayName("health is 503 while start-up work runs, UP after, and the bootstrap token works once it is UP")
    void readyMeansReady(@org.springframework.beans.factory.annotation.Autowired DuringStartUp during,
            @org.springframework.beans.factory.annotation.Autowired ApplicationAvailability availability) throws Exception {
        assertThat(during.health.get()).isEqualTo(503);
        assertThat(during.readiness.get()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);

        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/jobs", TOKEN).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @TestConfiguration
    static class Probe {
        @Bean
        DuringStartUp duringStartUp(ApplicationAvailability availability) {
            return new DuringStartUp(availability);
        }
    }

    /** Asks the running server for its health from inside start-up, after every other ready listener. */
    static class DuringStartUp {
        final AtomicReference<Integer> health = new AtomicReference<>();
        final AtomicReference<ReadinessState> readiness = new AtomicReference<>();
        private final ApplicationAvailability availability;

        DuringStartUp(ApplicationAvailability availability) {
            this.availability = availability;
        }

        @EventListener(ApplicationReadyEvent.class)
        @Order(Ordered.LOWEST_PRECEDENCE)
        void probe(ApplicationReadyEvent event) throws Exception {
            readiness.set(availability.getReadinessState());
            String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
            health.set(HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        }
    }
}
