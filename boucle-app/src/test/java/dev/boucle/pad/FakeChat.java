package dev.boucle.pad;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local server that speaks the OpenAI chat-completions protocol, standing in for the model
 * server a company points Boucle at: it keeps every request and answers "Fake answer to: ...".
 * No test calls anything outside this machine.
 */
public final class FakeChat {

    public record Call(String authorization, JsonNode body) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private FakeChat(HttpServer server) {
        this.server = server;
    }

    public static FakeChat start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeChat chat = new FakeChat(server);
            server.createContext("/v1/chat/completions", exchange -> {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                chat.calls.add(new Call(exchange.getRequestHeaders().getFirst("Authorization"), body));
                String prompt = body.path("messages").path(body.path("messages").size() - 1).path("content").asString();
                var answer = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion");
                answer.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop").putObject("message")
                        .put("role", "assistant").put("content", "Fake answer to: " + prompt);
                byte[] out = answer.toString().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, out.length);
                exchange.getResponseBody().write(out);
                exchange.close();
            });
            server.start();
            return chat;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure as BOUCLE_ASSISTANT_URL. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }
}
