package org.laborlink.workers.outbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one HTTPS client this service calls outside systems with (partners' webhook receivers, the SMS gateway): the
 * JDK's {@link HttpClient}, HTTP/1.1, trusting the JDK's CAs or, where {@code laborlink.outbound.trust-store} names a
 * PKCS#12 file, the certificates in it (the local platform's loopback certificate, a province's own CA). Redirects
 * are never followed: a receiver cannot send a delivery somewhere the subscription check never saw.
 */
@ApplicationScoped
public class OutboundHttps {

    private final HttpClient client;

    public OutboundHttps(@ConfigProperty(name = "laborlink.outbound.trust-store") Optional<String> trustStore,
            @ConfigProperty(name = "laborlink.outbound.trust-store-password") Optional<String> password,
            @ConfigProperty(name = "laborlink.outbound.connect-timeout", defaultValue = "PT5S") Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout);
        trustStore.filter(s -> !s.isBlank()).ifPresent(path -> builder.sslContext(trusting(Path.of(path), password.orElse(""))));
        this.client = builder.build();
    }

    public HttpClient client() {
        return client;
    }

    /** Why a request failed, as a delivery log keeps it: the cause's type and message, at most 500 characters. */
    public static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() <= 500 ? text : text.substring(0, 500);
    }

    private static SSLContext trusting(Path file, String password) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trust store " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use the trust store " + file, e);
        }
    }
}
