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
 * machine is refused (server-side request forgery), unless the settings allow it for tests.
 */
record FeedAddress(URI uri) {

    static final String FIELD = "url";

    static FeedAddress parse(String raw, boolean allowPrivate) {
        if (raw == null || raw.isBlank()) throw refused("sched.feed.required");
        URI uri;
        try {
            uri = new URI(raw.strip());
        } catch (URISyntaxException e) {
            throw refused("sched.feed.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("webcal")) uri = URI.create("https" + raw.strip().substring(6)); // what calendar apps share
        else if (!scheme.equals("https") && !(scheme.equals("http") && allowPrivate)) throw refused("sched.feed.https");
        if (uri.getHost() == null || uri.getRawUserInfo() != null) throw refused("sched.feed.invalid");
        FeedAddress address = new FeedAddress(uri);
        address.checkReachable(allowPrivate);
        return address;
    }

    /** Resolves the host and refuses internal addresses; called again before every fetch and redirect. */
    void checkReachable(boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw refused("sched.feed.unknown-host");
        }
        if (allowPrivate) return;
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                    || a.isMulticastAddress() || uniqueLocal(a)) {
                throw refused("sched.feed.private");
            }
        }
    }

    private static boolean uniqueLocal(InetAddress a) {
        byte[] b = a.getAddress();
        return b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
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
