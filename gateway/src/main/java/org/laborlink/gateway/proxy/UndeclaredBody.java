package org.laborlink.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.streams.ReadStream;

/**
 * A request body whose length was not declared (sent chunked, or over HTTP/2 without Content-Length), passed on to
 * the service as it arrives until more than the route's limit has come: then it fails, so the service's request is
 * reset unfinished (nothing of it is handled) and the caller is answered 413, as a declared length over the limit is
 * before anything is sent. What the caller goes on sending is read and dropped, so that it finishes its upload and
 * reads the answer, and its connection stays usable; past {@link #DROPPED_AT_MOST} more, its HTTP/1.1 connection
 * is closed (its HTTP/2 stream reset) instead.
 */
final class UndeclaredBody implements ReadStream<Buffer> {

    /** How much of a body past its limit is read and dropped before the caller is cut off. */
    static final long DROPPED_AT_MOST = 16L * 1024 * 1024;

    /** The body went past its limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the request body went past " + limit + " bytes", null, false, false);
        }
    }

    private final HttpServerRequest request;
    private final long limit;
    private long received;
    private long dropped;
    private Handler<Throwable> failed;
    private boolean tooLarge;

    UndeclaredBody(HttpServerRequest request, long limit) {
        this.request = request;
        this.limit = limit;
    }

    /** How many bytes the body may carry. */
    long limit() {
        return limit;
    }

    /** Whether the body went past its limit (then it was stopped there). */
    boolean tooLarge() {
        return tooLarge;
    }

    @Override
    public UndeclaredBody handler(Handler<Buffer> handler) {
        if (tooLarge) {
            return this; // the request is being read and dropped
        }
        if (handler == null) {
            request.handler(null);
            return this;
        }
        request.handler(chunk -> {
            received += chunk.length();
            if (received <= limit) {
                handler.handle(chunk);
                return;
            }
            tooLarge = true;
            request.handler(this::drop);
            request.resume();
            if (failed != null) {
                failed.handle(new TooLarge(limit));
            }
        });
        return this;
    }

    private void drop(Buffer chunk) {
        dropped += chunk.length();
        if (dropped > DROPPED_AT_MOST) {
            request.handler(null);
            if (request.version() == HttpVersion.HTTP_2) {
                request.response().reset(0);
            } else {
                request.connection().close();
            }
        }
    }

    @Override
    public UndeclaredBody exceptionHandler(Handler<Throwable> handler) {
        failed = handler;
        if (!tooLarge) {
            request.exceptionHandler(handler);
        }
        return this;
    }

    @Override
    public UndeclaredBody pause() {
        if (!tooLarge) {
            request.pause();
        }
        return this;
    }

    @Override
    public UndeclaredBody resume() {
        if (!tooLarge) {
            request.resume();
        }
        return this;
    }

    @Override
    public UndeclaredBody fetch(long amount) {
        if (!tooLarge) {
            request.fetch(amount);
        }
        return this;
    }

    @Override
    public UndeclaredBody endHandler(Handler<Void> handler) {
        if (!tooLarge) {
            request.endHandler(handler);
        }
        return this;
    }
}
