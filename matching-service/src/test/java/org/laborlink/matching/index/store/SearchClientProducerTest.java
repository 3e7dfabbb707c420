package org.laborlink.matching.index.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opensearch.client.opensearch.OpenSearchClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The client against a cluster with the security plugin, stood up on loopback the way the plugin answers: TLS with a
 * certificate of its own CA, a 401 with a Basic challenge until the credentials come. The certificate is made by the
 * JDK's keytool for this test.
 */
@Tag("unit")
class SearchClientProducerTest {

    private static final String INFO = """
            {"name":"n1","cluster_name":"laborlink","cluster_uuid":"u1","version":{"distribution":"opensearch",
            "number":"3.6.0","build_type":"tar","build_hash":"h","build_date":"2026-01-01T00:00:00Z",
            "build_snapshot":false,"lucene_version":"10.3.2","minimum_wire_compatibility_version":"2.19.0",
            "minimum_index_compatibility_version":"2.0.0"},"tagline":"The OpenSearch Project: https://opensearch.org/"}""";

    @TempDir
    Path dir;
    HttpsServer cluster;
    final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void standUpASecuredCluster() throws Exception {
        keytool("-genkeypair", "-alias", "node", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                dir.resolve("node.p12").toString(), "-storepass", "changeit", "-keypass", "changeit");
        keytool("-exportcert", "-rfc", "-alias", "node", "-keystore", dir.resolve("node.p12").toString(), "-storepass",
                "changeit", "-file", dir.resolve("ca.pem").toString());
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("node.p12"))) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), null, null);
        cluster = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cluster.setHttpsConfigurator(new HttpsConfigurator(tls));
        cluster.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            byte[] body;
            if (authorization == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"OpenSearch Security\"");
                body = "Unauthorized".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(401, body.length);
            } else {
                authorizations.add(authorization);
                body = INFO.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
            }
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        cluster.start();
    }

    @AfterEach
    void stop() {
        cluster.stop(0);
    }

    @Test
    void signsInWithItsCredentialsOverTlsTrustingTheConfiguredCa() throws Exception {
        OpenSearchClient client = client(Optional.of(dir.resolve("ca.pem")));
        try {
            assertEquals("laborlink", client.info().clusterName());
        } finally {
            client._transport().close();
        }
        assertEquals(List.of("Basic " + Base64.getEncoder().encodeToString("matching:s3cret".getBytes(StandardCharsets.UTF_8))),
                authorizations);
    }

    @Test
    void aClusterWhoseCaIsNotConfiguredIsNotTrusted() throws Exception {
        OpenSearchClient client = client(Optional.empty());
        try {
            assertThrows(IOException.class, client::info);
        } finally {
            client._transport().close();
        }
        assertTrue(authorizations.isEmpty());
    }

    @Test
    void aCaFileWithoutACertificateIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.pem"), "");
        assertThrows(java.security.GeneralSecurityException.class, () -> SearchClientProducer.trusting(empty));
    }

    private OpenSearchClient client(Optional<Path> ca) throws Exception {
        return new SearchClientProducer().openSearch("https://127.0.0.1:" + cluster.getAddress().getPort(),
                Optional.of("matching"), Optional.of("s3cret"), ca, new ObjectMapper());
    }

    private static void keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
                "keytool").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
    }
}
