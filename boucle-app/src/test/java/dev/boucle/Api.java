package dev.boucle;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests: the API with a bearer token, or a browser-like session
 * (cookies, form login, CSRF) for the pages.
 */
public final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String base;
    private final String token;
    private final HttpClient http;

    private Api(String base, String token, HttpClient http) {
        this.base = base;
        this.token = token;
        this.http = http;
    }

    /**
     * One client for every bearer Api: they keep no cookies, so they can share its connections.
     * A client each would leave a selector thread and a closed connection behind every call; a
     * bench making a hundred thousand calls then runs out of local ports and times out.
     */
    private static final HttpClient SHARED = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static Api bearer(int port, String token) {
        return new Api("http://localhost:" + port, token, SHARED);
    }

    public static Api anonymous(int port) {
        return bearer(port, null);
    }

    /** A browser without an account (a candidate on their pad): cookies kept, so forms carry a CSRF token. */
    public static Api visitor(int port) {
        return new Api("http://localhost:" + port, null, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** A signed-in page session, as a browser would have after the sign-in form. */
    public static Api session(int port, String email, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Api api = new Api("http://localhost:" + port, null, http);
        Response login = api.form("/login", Map.of("username", email, "password", password));
        if (login.status() != 302 || login.header("Location").contains("/login")) {
            throw new IllegalStateException("sign-in failed for " + email + ": " + login.status() + " " + login.header("Location"));
        }
        return api;
    }

    /** The underlying client (its cookies sign a WebSocket handshake in, as a browser's would). */
    public HttpClient client() {
        return http;
    }

    /** The same client, cookies included, talking to another node: a load balancer's change of node. */
    public Api on(int port) {
        return new Api("http://localhost:" + port, token, http);
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for this media type (an analytics report as text/csv). */
    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body))));
    }

    public Response send(String method, String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response sendWithLanguage(String method, String path, String json, String language) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", language)
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Sends JSON from a page session, with the CSRF header the page's scripts send. */
    public Response json(String method, String path, String json) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf())
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** Posts a form with a fresh CSRF token taken from a page of this session. */
    public Response form(String path, Map<String, String> fields) {
        return form("POST", path, fields);
    }

    /** Sends a form with the given method (htmx sends PUT forms), with a fresh CSRF token. */
    public Response form(String method, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        String csrf = csrf();
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf))));
    }

    /** Posts one file as multipart/form-data, with the CSRF token as a form field. */
    public Response upload(String path, String field, String fileName, String content) {
        String boundary = "boucle" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts form fields and one binary file as multipart/form-data (a zip), with the CSRF token as a field. */
    public Response upload(String path, Map<String, List<String>> fields, String field, String fileName, byte[] content) {
        String boundary = "boucle" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = t -> body.writeBytes(t.getBytes(StandardCharsets.UTF_8));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf() + "\r\n");
        fields.forEach((name, values) -> values.forEach(v -> text.accept("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + v + "\r\n")));
        text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/zip\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + boundary + "--\r\n");
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** GET whose body is bytes (a zip download). */
    public byte[] getBytes(String path) {
        try {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String csrf() {
        Matcher m = CSRF.matcher(get("/login").body());
        if (!m.find()) throw new IllegalStateException("no CSRF token on /login");
        return m.group(1).replace("&#45;", "-").replace("&#61;", "=").replace("&#95;", "_");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return b;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
