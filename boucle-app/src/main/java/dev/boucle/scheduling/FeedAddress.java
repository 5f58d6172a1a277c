package dev.boucle.scheduling;

import dev.boucle.platform.BadInput;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;

/**
 * A calendar feed's address. Such URLs usually carry a secret token in their path or query, so
 * only {@link #shown} (scheme, host, path cut short) ever reaches a page or a log. Boucle fetches
 * it from its own network, so an address that resolves to a private, loopback or link-local
 * machine is refused (server-side request forgery), unless its host is one the settings trust
 * (an intranet calendar server; a test's local server).
 */
record FeedAddress(URI uri) {

    static final String FIELD = "url";

    static FeedAddress parse(String raw, java.util.Set<String> trustedHosts) {
        if (raw == null || raw.isBlank()) throw refused("sched.feed.required");
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw refused("sched.feed.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowPrivate = uri.getHost() != null && trustedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (scheme.equals("webcal")) uri = URI.create("https" + raw.strip().substring(6)); // what calendar apps share
        else if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivate)) throw refused("sched.feed.https");
        if (uri.getHost() == null || uri.getRawUserInfo() != null) throw refused("sched.feed.invalid");
        FeedAddress address = new FeedAddress(uri);
        address.checkReachable(trustedHosts);
        return address;
    }

    /**
     * Resolves the host and refuses internal addresses; called again before every fetch and
     * redirect. Returns the address to connect to, so the fetch never resolves the name again.
     */
    InetAddress checkReachable(java.util.Set<String> trustedHosts) {
        boolean allowPrivate = trustedHosts.contains(uri.getHost().toLowerCase(Locale.ROOT));
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("sched.feed.unknown-host");
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (internal(a)) throw refused("sched.feed.private");
            }
        }
        return addresses[0];
    }

    private static boolean uniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
    }

    /**
     * Ranges InetAddress has no predicate for: carrier-grade NAT 100.64.0.0/10 (RFC 6598), the
     * benchmarking network 198.18.0.0/15 (RFC 2544), 0.0.0.0/8, and IPv6 forms that carry an IPv4
     * address (NAT64 64:ff9b::/96, IPv4-mapped ::ffff:0:0/96, IPv4-compatible ::/96), whose
     * embedded address is checked like any other.
     */
    static boolean internal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal(a)) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && (second & 0xc0) == 64) || (first == 198 && (second & 0xfe) == 18)
                    || first >= 240;
        }
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && java.util.Arrays.equals(b, 4, 12, new byte[8], 0, 8);
        boolean mapped = java.util.Arrays.equals(b, 0, 10, new byte[10], 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = java.util.Arrays.equals(b, 0, 12, new byte[12], 0, 12);
        if (nat64 || mapped || compatible) {
            try {
                return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
            } catch (UnknownHostException e) {
                return true;
            }
        }
        return false;
    }

    /** What a person may see of a feed address: no query, no long path segments (they are tokens). */
    static String shown(String url) {
        if (url == null) return null;
        try {
            URI uri = new URI(url);
            String path = uri.getPath() == null ? "" : uri.getPath();
            String tail = path.length() > 12 ? path.substring(0, 12) + "…" : path;
            return uri.getScheme() + "://" + uri.getHost() + tail + (uri.getRawQuery() == null ? "" : "?…");
        } catch (URISyntaxException e) {
            return "…";
        }
    }

    @Override
    public String toString() {
        return shown(uri.toString());
    }

    private static BadInput refused(String key) {
        return new BadInput(Map.of(FIELD, key), key);
    }
}
