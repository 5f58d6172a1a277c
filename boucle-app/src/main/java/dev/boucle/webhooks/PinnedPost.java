package dev.boucle.webhooks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST on a socket opened to an address {@link ReceiverAddress#check} returned, so
 * the name is resolved once, by the guard (a client that resolves it again when it connects
 * would let a name answer a public address to the check and 127.0.0.1 to the connection: DNS
 * rebinding). TLS still names the host (SNI) and verifies the certificate against it. Only the
 * status line is read: a redirect is a failure like any other non-2xx answer, never followed.
 */
final class PinnedPost {

    private PinnedPost() {}

    /** Posts and returns the status code; an unreachable, silent or garbled receiver is an IOException. */
    static int post(URI uri, InetAddress address, Map<String, String> headers, String body, Duration connect, Duration read)
            throws IOException {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        String host = ReceiverAddress.bare(uri.getHost());
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(address, port), (int) connect.toMillis());
            plain.setSoTimeout((int) read.toMillis());
            Socket socket = plain;
            if (tls) {
                SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
                SSLParameters params = ssl.getSSLParameters();
                if (!host.contains(":") && !host.matches("[0-9.]+")) params.setServerNames(List.of(new SNIHostName(host)));
                params.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(params);
                ssl.startHandshake();
                socket = ssl;
            }
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            StringBuilder head = new StringBuilder("POST ").append(target).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append("\r\n")
                    .append("User-Agent: Boucle-Webhooks\r\nConnection: close\r\n")
                    .append("Content-Length: ").append(bytes.length).append("\r\n");
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return status(new BufferedInputStream(socket.getInputStream()));
        }
    }

    static int status(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new IOException("connection closed before an answer");
            if (c != '\r') line.append((char) c);
            if (line.length() > 1024) throw new IOException("status line too long");
        }
        String[] parts = line.toString().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[1-5][0-9][0-9]")) {
            throw new IOException("not an HTTP/1.x answer");
        }
        return Integer.parseInt(parts[1]);
    }
}
