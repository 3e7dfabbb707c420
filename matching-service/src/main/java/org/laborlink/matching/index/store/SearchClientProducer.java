package org.laborlink.matching.index.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Optional;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The OpenSearch client (a singleton: the client cannot be proxied, so it is not application-scoped). Plain HTTP on
 * the local platform; against a cluster with the security plugin, basic authentication
 * ({@code laborlink.opensearch.username} and {@code .password}) and, for an https URL, the cluster's CA certificates
 * (PEM, {@code laborlink.opensearch.ca-file}; without it the JVM's trusted CAs).
 */
public class SearchClientProducer {

    @Produces
    @Singleton
    OpenSearchClient openSearch(@ConfigProperty(name = "laborlink.opensearch.url") String url,
            @ConfigProperty(name = "laborlink.opensearch.username") Optional<String> username,
            @ConfigProperty(name = "laborlink.opensearch.password") Optional<String> password,
            @ConfigProperty(name = "laborlink.opensearch.ca-file") Optional<Path> caFile, ObjectMapper json)
            throws URISyntaxException, IOException, GeneralSecurityException {
        HttpHost host = HttpHost.create(url);
        SSLContext tls = caFile.isPresent() ? trusting(caFile.get()) : null;
        return new OpenSearchClient(ApacheHttpClient5TransportBuilder.builder(host)
                .setMapper(new JacksonJsonpMapper(json))
                // a request never hangs past 10 s: the index writer's retries must end before the consumer's ack limit
                .setRequestConfigCallback(config -> config.setResponseTimeout(Timeout.ofSeconds(10)))
                .setHttpClientConfigCallback(client -> {
                    if (username.isPresent()) {
                        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                        credentials.setCredentials(new AuthScope(host), new UsernamePasswordCredentials(username.get(),
                                password.orElse("").toCharArray()));
                        client.setDefaultCredentialsProvider(credentials);
                    }
                    if (tls != null) {
                        client.setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                                .setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls).build()).build());
                    }
                    return client;
                })
                .build());
    }

    /** A TLS context trusting the certificates of a PEM file (the cluster's CA). */
    static SSLContext trusting(Path pem) throws IOException, GeneralSecurityException {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            int i = 0;
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                trusted.setCertificateEntry("ca-" + i++, c);
            }
            if (i == 0) {
                throw new GeneralSecurityException("laborlink.opensearch.ca-file " + pem + " holds no certificate");
            }
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    void close(@Disposes OpenSearchClient client) throws Exception {
        client._transport().close();
    }
}
