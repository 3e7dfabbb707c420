package org.laborlink.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body whose length was not declared (sent chunked, or over HTTP/2 without Content-Length), passed on to
 * the service as it arrives until more than the route's limit has come: then it stops and fails, so the service's
 * request is reset unfinished (nothing of it is handled) and the caller is answered 413, as a declared length over
 * the limit is before anything is sent.
 */
final class UndeclaredBody implements ReadStream<Buffer> {

    /** The body went past its limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge(long limit) {
            super("the request body went past " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> body;
    private final long limit;
    private long received;
    private Handler<Throwable> failed;
    private volatile boolean tooLarge;

    UndeclaredBody(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    /** Whether the body went past its limit (then it was stopped there). */
    boolean tooLarge() {
        return tooLarge;
    }

    @Override
    public UndeclaredBody handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(chunk -> {
            if (tooLarge) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                tooLarge = true;
                body.pause();
                if (failed != null) {
                    failed.handle(new TooLarge(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public UndeclaredBody exceptionHandler(Handler<Throwable> handler) {
        failed = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public UndeclaredBody pause() {
        body.pause();
        return this;
    }

    @Override
    public UndeclaredBody resume() {
        if (!tooLarge) {
            body.resume();
        }
        return this;
    }

    @Override
    public UndeclaredBody fetch(long amount) {
        if (!tooLarge) {
            body.fetch(amount);
        }
        return this;
    }

    @Override
    public UndeclaredBody endHandler(Handler<Void> handler) {
        body.endHandler(handler);
        return this;
    }
}
