package org.laborlink.workers.outbound;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs the platform may POST to on a partner's word: HTTPS only, to a host whose every address is public.
 * Loopback (127/8, ::1) and private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), link-local, the
 * unspecified and multicast addresses are refused, so a subscription cannot reach the platform's own servers, unless
 * {@code laborlink.webhooks.allow-loopback} or {@code allow-private} say so (the local platform allows loopback for
 * its tests). Checked when a subscription is made and again before each delivery (the name may resolve elsewhere by then).
 */
@ApplicationScoped
public class OutboundTargets {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    public OutboundTargets(@ConfigProperty(name = "laborlink.webhooks.allow-loopback", defaultValue = "false") boolean allowLoopback,
            @ConfigProperty(name = "laborlink.webhooks.allow-private", defaultValue = "false") boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be used, or empty when it may. */
    public Optional<String> refusal(URI url) {
        if (url == null || url.getScheme() == null || !url.getScheme().toLowerCase(Locale.ROOT).equals("https")) {
            return Optional.of("must be an https:// URL");
        }
        if (url.getHost() == null || url.getHost().isBlank() || url.getRawUserInfo() != null || url.getRawFragment() != null) {
            return Optional.of("must name a host, without user information or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            return Optional.of("names a host that does not resolve");
        }
        for (InetAddress a : addresses) {
            if (a.isLoopbackAddress() && !allowLoopback) {
                return Optional.of("names a loopback address, which is refused");
            }
            if (!a.isLoopbackAddress() && isPrivate(a) && !allowPrivate) {
                return Optional.of("names a private, link-local or reserved address, which is refused");
            }
        }
        return Optional.empty();
    }

    static boolean isPrivate(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 169 && second == 254)
                    || (first == 198 && (second == 18 || second == 19)) || first >= 240;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
