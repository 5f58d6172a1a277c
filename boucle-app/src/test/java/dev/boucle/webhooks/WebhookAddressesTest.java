package dev.boucle.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boucle.Api;
import dev.boucle.BoucleIntegrationTest;
import dev.boucle.platform.BadInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class WebhookAddressesTest extends BoucleIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.1/hook", "https://172.16.5.4/", "https://192.168.1.1/", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/", "https://0.0.0.0/", "https://224.0.0.1/", "https://[fd00::1]/", "https://[fe80::1]/",
            "https://[::ffff:10.0.0.1]/", "https://[::ffff:169.254.169.254]/", "https://[64:ff9b::a00:1]/", "https://[2002:a00:1::]/",
            "https://[::]/", "https://198.18.0.1/", "http://10.0.0.1/", "http://[::ffff:192.168.0.1]:8080/"})
    @DisplayName("private, link-local, unique-local, multicast, CGNAT and IPv4-in-IPv6 receivers are refused at subscription, naming url")
    void internalAddressesRefused(String url) {
        int before = admin().get("/api/v1/webhooks").json().size();
        Api.Response r = admin().post("/api/v1/webhooks", Map.of("url", url, "events", List.of("application.moved")));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().get("errors").has("url")).isTrue();
        assertThat(admin().get("/api/v1/webhooks").json().size()).isEqualTo(before);
    }

    @Test
    @DisplayName("with the unsafe setting on (as in tests), loopback receivers are allowed, over http too; names are resolved")
    void loopbackAllowedByTheUnsafeSetting() {
        for (String url : List.of("http://127.0.0.1:9/hook", "http://localhost:9/hook", "https://[::1]:9/hook", "http://[::ffff:127.0.0.1]:9/")) {
            Api.Response r = admin().post("/api/v1/webhooks", Map.of("url", url, "events", List.of("offer.changed")));
            assertThat(r.status()).as(url + " " + r.body()).isEqualTo(201);
            admin().send("DELETE", "/api/v1/webhooks/" + r.json().get("id").asLong(), "application/json", "");
        }
        Api.Response unknown = admin().post("/api/v1/webhooks", Map.of("url", "https://no-such-host.invalid/hook", "events", List.of("offer.changed")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get("url").asString()).isNotBlank();
    }

    @Test
    @DisplayName("an endpoint whose address leads inside the network by the time of delivery is refused again then, and nothing is sent")
    void checkedAgainAtDelivery() {
        Receiver receiver = Receiver.start();
        try {
            Api.Response created = admin().post("/api/v1/webhooks", Map.of("url", receiver.url("/hook"), "events", List.of("application.moved")));
            long endpoint = created.json().get("id").asLong();
            // As if its name now answered a private address: the row changes under the API's check.
            jdbc.sql("update webhook_endpoints set url = 'http://10.20.30.40:' || ? || '/hook' where id = ?")
                    .params(java.net.URI.create(receiver.url("/")).getPort(), endpoint).update();
            apply(createCandidate("Rebound " + unique("c")), createJob("software-engineer", null));
            WebhooksTest.await("a refused attempt", () -> {
                for (JsonNode d : admin().get("/api/v1/webhooks/" + endpoint + "/deliveries").json()) {
                    if (d.get("attempts").asInt() >= 1 && d.get("lastError").asString().contains("webhooks.url.private")) return true;
                }
                return false;
            });
            assertThat(receiver.received).isEmpty();
            admin().send("DELETE", "/api/v1/webhooks/" + endpoint, "application/json", "");
        } finally {
            receiver.stop();
        }
    }

    // The guard itself, with names answered from a table instead of DNS (a name can change its answer at any time).

    static ReceiverAddress.Resolver table(Map<String, String> answers) {
        return host -> {
            String ip = answers.get(host);
            if (ip == null) throw new UnknownHostException(host);
            String[] all = ip.split(",");
            InetAddress[] out = new InetAddress[all.length];
            for (int i = 0; i < all.length; i++) out[i] = InetAddress.getByName(all[i]); // literals: no lookup
            return out;
        };
    }

    @Test
    @DisplayName("the guard refuses a name that resolves to any internal address, even beside a public one, and returns the checked addresses")
    void guardOnNames() {
        var dns = table(Map.of("hooks.example.com", "93.184.215.14", "rebound.example.com", "10.1.2.3",
                "mixed.example.com", "93.184.215.14,192.168.0.10", "meta.example.com", "169.254.169.254",
                "v6.example.com", "2606:4700::6810:84e5", "mapped.example.com", "::ffff:10.0.0.8", "local.example.com", "127.0.0.1"));
        assertThat(ReceiverAddress.check(URI.create("https://hooks.example.com/x"), false, dns))
                .extracting(InetAddress::getHostAddress).containsExactly("93.184.215.14");
        assertThat(ReceiverAddress.check(URI.create("https://v6.example.com/x"), false, dns)).hasSize(1);
        for (String host : List.of("rebound", "mixed", "meta", "mapped", "local")) {
            assertThatThrownBy(() -> ReceiverAddress.check(URI.create("https://" + host + ".example.com/"), false, dns))
                    .isInstanceOf(BadInput.class).satisfies(e -> assertThat(((BadInput) e).fieldErrors()).containsKey("url"));
        }
        // The unsafe setting lets loopback through and nothing else.
        assertThat(ReceiverAddress.check(URI.create("http://local.example.com/"), true, dns)).hasSize(1);
        assertThatThrownBy(() -> ReceiverAddress.check(URI.create("https://rebound.example.com/"), true, dns)).isInstanceOf(BadInput.class);
        // Plain http is for loopback receivers only.
        assertThatThrownBy(() -> ReceiverAddress.check(URI.create("http://hooks.example.com/"), true, dns)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> ReceiverAddress.check(URI.create("https://gone.example.com/"), false, dns)).isInstanceOf(BadInput.class);
    }

    @Test
    @DisplayName("off by default, the unsafe setting's absence refuses http and loopback; user info and other schemes are refused")
    void parseWithoutTheUnsafeSetting() throws Exception {
        assertThatThrownBy(() -> ReceiverAddress.parse("http://hooks.example.com/", false)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> ReceiverAddress.parse("https://user:pw@hooks.example.com/", false)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> ReceiverAddress.parse("file:///etc/passwd", true)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> ReceiverAddress.parse("https:///nohost", true)).isInstanceOf(BadInput.class);
        assertThat(ReceiverAddress.parse("https://hooks.example.com/boucle?x=1", false).getHost()).isEqualTo("hooks.example.com");
        var dns = table(Map.of("localhost", "127.0.0.1", "six", "::1"));
        assertThatThrownBy(() -> ReceiverAddress.check(URI.create("https://localhost/"), false, dns)).isInstanceOf(BadInput.class);
        assertThatThrownBy(() -> ReceiverAddress.check(URI.create("https://six/"), false, dns)).isInstanceOf(BadInput.class);
        assertThat(ReceiverAddress.internal(InetAddress.getByName("8.8.8.8"))).isFalse();
        assertThat(ReceiverAddress.internal(InetAddress.getByName("100.63.255.255"))).isFalse();
        assertThat(ReceiverAddress.internal(InetAddress.getByName("100.127.0.1"))).isTrue();
        assertThat(ReceiverAddress.internal(InetAddress.getByName("fc00::5"))).isTrue();
    }

    @Test
    @DisplayName("back-off doubles from the first retry, with jitter, up to its cap")
    void backoff() {
        var settings = new WebhookSettings(false, null, java.time.Duration.ofSeconds(30), java.time.Duration.ofHours(1), null, null, null, null);
        java.util.random.RandomGenerator middle = new java.util.Random() {
            @Override
            public double nextDouble() {
                return 0.5;
            }
        };
        assertThat(settings.backoff(1, middle)).hasSeconds(30);
        assertThat(settings.backoff(2, middle)).hasSeconds(60);
        assertThat(settings.backoff(4, middle)).hasSeconds(240);
        assertThat(settings.backoff(40, middle)).hasHours(1);
        var low = new java.util.Random(7);
        for (int i = 1; i < 30; i++) assertThat(settings.backoff(i, low).toMillis()).isBetween(24_000L, 3_600_000L);
    }
}
