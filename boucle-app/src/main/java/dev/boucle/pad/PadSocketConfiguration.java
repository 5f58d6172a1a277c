package dev.boucle.pad;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class PadSocketConfiguration implements WebSocketConfigurer {

    private final PadSocket socket;

    PadSocketConfiguration(PadSocket socket) {
        this.socket = socket;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        // Same origin only (Spring's default for browsers): another site cannot open a staff member's socket.
        registry.addHandler(socket, "/pad/*/live", "/interviews/*/pad/live").addInterceptors(socket);
    }

    /** Messages over the protocol's limit close the socket in the container, before any parsing. */
    @Bean
    ServletServerContainerFactoryBean padSocketContainer() {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(PadProtocol.MAX_MESSAGE);
        container.setMaxSessionIdleTimeout(10 * 60 * 1000L);
        return container;
    }
}
