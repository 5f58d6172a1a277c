package dev.boucle.pad;

import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The pad over WebSocket: {@code /pad/{secret}/live} for the candidate, {@code
 * /interviews/{round}/pad/live} for staff (signed in; the handshake passes the same security
 * chain as the pages). Who is on the other end is settled once, at the handshake.
 */
@Component
class PadSocket extends TextWebSocketHandler implements HandshakeInterceptor {

    private static final Logger log = LoggerFactory.getLogger(PadSocket.class);
    private static final String WHO = "livePadWho";
    private static final String CLIENT = "livePadClient";

    private final PadEntrances entrances;
    private final PadProtocol protocol;
    private final PadHub hub;
    private final LivePads live;

    PadSocket(PadEntrances entrances, PadProtocol protocol, PadHub hub, LivePads live) {
        this.entrances = entrances;
        this.protocol = protocol;
        this.hub = hub;
        this.live = live;
    }

    private record SocketClient(Participant who, String id, WebSocketSession session, MessageBudget budget) implements PadHub.Client {
        @Override
        public void send(String message) {
            try {
                if (session.isOpen()) session.sendMessage(new TextMessage(message));
            } catch (IOException | IllegalStateException e) {
                // A slow or gone client: the decorator closes it; it pulls what it missed when it reconnects.
                log.debug("pad socket {}: {}", id, e.toString());
            }
        }
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Map<String, Object> attributes) {
        try {
            attributes.put(WHO, entrances.from(request.getURI().getPath()));
            return true;
        } catch (AccessDeniedException e) {
            response.setStatusCode(HttpStatus.FORBIDDEN);
        } catch (RuntimeException e) {
            response.setStatusCode(HttpStatus.NOT_FOUND);
        }
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
            Exception exception) {}

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Participant who = (Participant) session.getAttributes().get(WHO);
        var safe = new ConcurrentWebSocketSessionDecorator(session, 5_000, 1024 * 1024);
        SocketClient client = new SocketClient(who, session.getId(), safe, new MessageBudget());
        session.getAttributes().put(CLIENT, client);
        hub.join(client);
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) {
        SocketClient client = (SocketClient) session.getAttributes().get(CLIENT);
        for (String reply : protocol.handle(client.who(), client.id(), message.getPayload(), client.budget())) client.send(reply);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        SocketClient client = (SocketClient) session.getAttributes().get(CLIENT);
        if (client == null) return;
        hub.leave(client);
        live.left(client.who(), client.id());
    }
}
