package org.yingsu.security;

import java.util.Base64;
import java.util.HexFormat;

/**
 * The CSRF token of a cookie session is derived from the session's secret: a page on another site can make the
 * browser send the cookie but can neither read it nor the token, and the server keeps nothing extra.
 */
public final class Csrf {

    public static final String HEADER = "X-CSRF-Token";

    /** The session cookie, whose value is the session's secret. */
    public static final String SESSION_COOKIE = "yingsu_session";

    private Csrf() {
    }

    public static String tokenFor(String sessionSecret) {
        byte[] digest = HexFormat.of().parseHex(Secrets.sha256("csrf:" + sessionSecret));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    public static boolean matches(String presented, String sessionSecret) {
        return presented != null && Secrets.same(presented, tokenFor(sessionSecret));
    }

    static boolean unsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }
}
