package org.laborlink.platform.problem;

import java.lang.reflect.Method;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a failure of a server a service depends on (PostgreSQL, OpenSearch, for the gateway a service: refused,
 * reset or closed connections, a server shutting down, a pool that cannot get a connection) from a bug, so the
 * request is answered 503 with Retry-After, not 500: the client may try again, and nothing was written.
 */
public final class Outages {

    /** Seconds a client is asked to wait before trying again while a store is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> CONNECTION_FAILURES = Set.of(
            "io.vertx.sqlclient.ClosedConnectionException",
            "io.netty.channel.ConnectTimeoutException",
            "io.netty.channel.AbstractChannel$AnnotatedConnectException",
            "io.vertx.core.http.ConnectionPoolTooBusyException",
            "org.apache.hc.core5.http.ConnectionClosedException",
            "org.apache.hc.core5.http.NoHttpResponseException",
            "java.net.http.HttpConnectTimeoutException");

    private Outages() {
    }

    /** Whether this failure, or one it was caused by, is a store being unreachable. */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof ClosedChannelException
                    || CONNECTION_FAILURES.contains(t.getClass().getName())) {
                return true;
            }
            if (t instanceof SocketException && String.valueOf(t.getMessage()).toLowerCase().contains("reset")) {
                return true;
            }
            if (t instanceof SQLException sql && (unavailableState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("Acquisition timeout"))) {
                return true;
            }
            if (unavailableState(sqlStateOf(t))) {
                return true;
            }
            String message = String.valueOf(t.getMessage());
            if (message.contains("Connection refused") || message.contains("Pool closed")
                    || message.contains("Connection is not active") || message.contains("Failed to create connection")) {
                return true;
            }
        }
        return false;
    }

    /** SQL states of a connection failure (08...) or a server shutting down or starting (57P01-57P03). */
    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The SQL state of a reactive client's error (io.vertx.pgclient.PgException), read without depending on it. */
    private static String sqlStateOf(Throwable t) {
        if (!t.getClass().getName().equals("io.vertx.pgclient.PgException")) {
            return null;
        }
        try {
            Method state = t.getClass().getMethod("getSqlState");
            return (String) state.invoke(t);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
