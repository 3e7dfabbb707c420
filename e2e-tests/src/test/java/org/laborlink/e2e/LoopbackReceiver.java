package org.laborlink.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * A real HTTPS receiver on 127.0.0.1 (a partner's webhook endpoint, an SMS gateway) presenting the local platform's
 * loopback certificate, which worker-registry trusts ({@code deploy/local}: $STATE/tls). It keeps every request it
 * was sent and answers 204, or 503 while it is told to fail; it can be stopped and started again on its port.
 */
final class LoopbackReceiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    static final Path TLS_DIR = Path.of(tlsDir());
    private static final char[] PASSWORD = "laborlink".toCharArray();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final String path;
    private volatile boolean failing;
    private int port;
    private HttpsServer server;

    private LoopbackReceiver(String path) {
        this.path = path;
    }

    /** A receiver on {@code port} (0: any free port) answering at {@code path}. */
    static LoopbackReceiver start(int port, String path) {
        LoopbackReceiver receiver = new LoopbackReceiver(path);
        receiver.listen(port);
        return receiver;
    }

    private void listen(int on) {
        try {
            server = HttpsServer.create(new InetSocketAddress("127.0.0.1", on), 50);
            server.setHttpsConfigurator(new HttpsConfigurator(sslContext()));
            server.createContext(path, this::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            port = server.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + on, e);
        }
    }


    private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (failing) {
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body));
            exchange.sendResponseHeaders(204, -1);
        } finally {
            exchange.close();
        }
    }

    String url() {
        return "https://127.0.0.1:" + port + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Answers 503 to everything from now on ({@code true}) or takes requests again. */
    void failing(boolean failing) {
        this.failing = failing;
    }

    /** Nobody listens on the port: connections are refused. */
    void stop() {
        server.stop(0);
    }

    /** Listens on the same port again. */
    void restart() {
        listen(port);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static SSLContext sslContext() {
        Path keys = TLS_DIR.resolve("loopback.p12");
        try (InputStream in = Files.newInputStream(keys)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the loopback certificate " + keys + " (made by deploy/local/laborlink up) "
                    + "cannot be read", e);
        }
    }

    private static String tlsDir() {
        String dir = System.getProperty("laborlink.tls.dir", "");
        return dir.isBlank() || dir.startsWith("${") ? "/var/lib/laborlink/state/tls" : dir;
    }
}
