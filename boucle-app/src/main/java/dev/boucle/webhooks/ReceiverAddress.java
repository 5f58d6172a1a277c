package dev.boucle.webhooks;

import dev.boucle.platform.BadInput;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A receiver's address, and the guard against server-side request forgery: Boucle posts from
 * inside its own network, so an endpoint must not reach the machines beside it. Checked when an
 * endpoint is subscribed or edited and again before every attempt (a name may point elsewhere
 * since), and the attempt connects to an address this check returned, never to the name.
 *
 * <p>With {@code unsafe-allow-loopback} on, plain http and loopback addresses pass (a test's or a
 * developer's own receiver); private, link-local and the other internal ranges never do.
 */
final class ReceiverAddress {

    static final String FIELD = "url";
    static final int MAX_LENGTH = 2000;

    /** How names become addresses; the system's DNS in production, a table in the guard's unit test. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    static final Resolver DNS = InetAddress::getAllByName;

    private ReceiverAddress() {}

    /** The URL's form: absolute, https (or http with the unsafe setting), a host, no user info; nothing resolved yet. */
    static URI parse(String raw, boolean allowLoopback) {
        if (raw == null || raw.isBlank()) throw refused("webhooks.url.required");
        if (raw.length() > MAX_LENGTH) throw refused("webhooks.url.invalid");
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw refused("webhooks.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw refused(scheme.equals("https") || scheme.equals("http") ? "webhooks.url.invalid" : "webhooks.url.https");
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && allowLoopback)) throw refused("webhooks.url.https");
        return uri;
    }

    /**
     * Resolves the host once and returns its addresses if every one may be reached; any internal
     * one refuses the whole name (a name with one public and one private address would let the
     * connection go to the private one). Plain http is for loopback receivers only.
     */
    static List<InetAddress> check(URI uri, boolean allowLoopback, Resolver resolver) {
        String host = bare(uri.getHost());
        InetAddress[] addresses;
        try {
            addresses = resolver.lookup(host);
        } catch (UnknownHostException | SecurityException e) {
            throw refused("webhooks.url.unknown-host");
        }
        if (addresses == null || addresses.length == 0) throw refused("webhooks.url.unknown-host");
        boolean plain = "http".equalsIgnoreCase(uri.getScheme());
        for (InetAddress a : addresses) {
            InetAddress inner = embedded(a);
            boolean loopback = inner.isLoopbackAddress();
            if (loopback ? !allowLoopback : internal(inner)) throw refused("webhooks.url.private");
            if (plain && !loopback) throw refused("webhooks.url.https");
        }
        return List.of(addresses);
    }

    /** The host without the brackets of an IPv6 literal. */
    static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /**
     * True for every range a receiver may not be on: loopback, RFC 1918 and fec0::/10 (site
     * local), link-local, unique-local fc00::/7, multicast, the unspecified address, 0.0.0.0/8,
     * carrier-grade NAT 100.64.0.0/10, benchmarking 198.18.0.0/15, the IETF's 192.0.0.0/24 and
     * the reserved 240.0.0.0/4 with broadcast. Addresses inside IPv6 forms are unwrapped first.
     */
    static boolean internal(InetAddress address) {
        InetAddress a = embedded(address);
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 198 && (second & 0xfe) == 18)
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) || first >= 240;
        }
        return (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }

    /**
     * The IPv4 address an IPv6 one carries, where it carries one: IPv4-mapped ::ffff:0:0/96,
     * IPv4-compatible ::/96 (not :: and ::1 themselves), NAT64 64:ff9b::/96 and 6to4 2002::/16;
     * any other address is itself.
     */
    static InetAddress embedded(InetAddress a) {
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address || b.length != 16) return a;
        byte[] v4 = null;
        boolean zeros10 = Arrays.equals(b, 0, 10, new byte[10], 0, 10);
        if (zeros10 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) v4 = Arrays.copyOfRange(b, 12, 16);
        else if (zeros10 && b[10] == 0 && b[11] == 0 && !a.isLoopbackAddress() && !a.isAnyLocalAddress()) v4 = Arrays.copyOfRange(b, 12, 16);
        else if ((b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && Arrays.equals(b, 4, 12, new byte[8], 0, 8)) v4 = Arrays.copyOfRange(b, 12, 16);
        else if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) v4 = Arrays.copyOfRange(b, 2, 6);
        if (v4 == null) return a;
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            return a; // four bytes are always an address
        }
    }

    /** What the log may show of a receiver: scheme, host and port, not the path (it may hold a token). */
    static String shown(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    static BadInput refused(String key) {
        return new BadInput(Map.of(FIELD, key), key);
    }
}
