package dev.boucle.scheduling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 GET to an address already checked, on a socket opened to that very IP address.
 * java.net.http resolves the host again when it connects, so a name that answered a public
 * address at the check could answer 127.0.0.1 a moment later (DNS rebinding); here nothing is
 * resolved twice. TLS still names the host (SNI) and verifies the certificate against it.
 */
final class PinnedGet {

    record Response(int status, Map<String, String> headers, byte[] body) {}

    private PinnedGet() {}

    /** @param maxBytes a body longer than this is cut at maxBytes + 1 bytes, so the caller can refuse it */
    static Response get(URI uri, InetAddress pinned, int timeoutMillis, int maxBytes) throws IOException {
        boolean tls = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(pinned, port), timeoutMillis);
            plain.setSoTimeout(timeoutMillis);
            Socket socket = plain;
            if (tls) {
                SSLSocket ssl = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                        .createSocket(plain, uri.getHost(), port, true);
                SSLParameters params = ssl.getSSLParameters();
                params.setServerNames(java.util.List.of(new SNIHostName(uri.getHost())));
                params.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(params);
                ssl.startHandshake();
                socket = ssl;
            }
            String target = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: text/calendar\r\nUser-Agent: Boucle\r\n"
                    + "Accept-Encoding: identity\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(socket.getInputStream(), maxBytes);
        } finally {
            plain.close();
        }
    }

    static Response read(InputStream raw, int maxBytes) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw);
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP/1.x response");
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status line");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            if (headers.size() > 100) throw new IOException("too many headers");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""))) {
            while (body.size() <= maxBytes) {
                String size = line(in);
                int semi = size.indexOf(';');
                long n;
                try {
                    n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size");
                }
                if (n == 0) break;
                copy(in, body, Math.min(n, (long) maxBytes + 1 - body.size()));
                if (body.size() > maxBytes) break;
                line(in);
            }
        } else {
            long length = headers.containsKey("content-length") ? Long.parseLong(headers.get("content-length")) : Long.MAX_VALUE;
            copy(in, body, Math.min(length, (long) maxBytes + 1));
        }
        return new Response(status, headers, body.toByteArray());
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long count) throws IOException {
        byte[] buffer = new byte[8192];
        long left = count;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (count == Long.MAX_VALUE || count > out.size()) return; // read until close, or a short body
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    /** One CRLF-terminated line, at most 8 KB (a header line longer than that is refused). */
    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (line.isEmpty()) throw new IOException("connection closed");
                break;
            }
            if (c != '\r') line.append((char) c);
            if (line.length() > 8192) throw new IOException("line too long");
        }
        return line.toString();
    }
}
