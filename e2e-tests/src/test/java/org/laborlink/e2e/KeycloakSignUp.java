package org.laborlink.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.laborlink.platform.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A person signing up on Keycloak's own pages, as a browser would: the registration form of the laborlink realm, the
 * e-mail Keycloak sends through SMTP to the local mail relay (GreenMail, started by `up`), and the verification link
 * in it. Cookies are kept by hand: Keycloak marks its session cookies Secure, which a browser sends to 127.0.0.1
 * over plain HTTP (a secure context) and Java's cookie manager would not.
 */
final class KeycloakSignUp {

    static final String MAIL_API = System.getProperty("laborlink.mail.api", "http://127.0.0.1:18026");
    private static final Pattern FORM_ACTION = Pattern.compile("id=\"kc-register-form\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VERIFY_LINK = Pattern.compile("(http[^\\s\"<>]*login-actions/action-token[^\\s\"<>]*)");

    /** A new account: its sign-in name, e-mail address and password. */
    record Account(String username, String email, String password) {

        Tokens.Grant signIn() {
            return Tokens.passwordGrant(username, password);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** Signs a new person up and follows the link Keycloak mails them; returns the verified account. */
    static Account newPerson(String who) {
        String username = who + "-" + UUID.randomUUID().toString().substring(0, 8);
        Account account = new Account(username, username + "@signup.laborlink.example", "Pass-" + UUID.randomUUID());
        try {
            new KeycloakSignUp().signUp(account);
        } catch (IOException e) {
            throw new AssertionError("signing up failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return account;
    }

    private void signUp(Account account) throws IOException, InterruptedException {
        String form = get(org.laborlink.platform.testing.Tokens.KEYCLOAK + "/realms/laborlink/protocol/openid-connect/registrations"
                + "?client_id=laborlink-app&response_type=code&scope=openid&redirect_uri="
                + URLEncoder.encode(Platform.GATEWAY + "/callback", StandardCharsets.UTF_8)
                // PKCE (S256) is required of the app's client; the code is never exchanged here
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256").body();
        Matcher action = FORM_ACTION.matcher(form);
        if (!action.find()) {
            throw new AssertionError("Keycloak showed no registration form (is registration allowed in the realm?)");
        }
        HttpResponse<String> registered = post(action.group(1).replace("&amp;", "&"), Map.of("firstName", "红",
                "lastName", "李", "email", account.email(), "username", account.username(), "password", account.password(),
                "password-confirm", account.password()));
        String verifyPage = registered.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("registration was not accepted: " + registered.statusCode()));
        get(verifyPage); // the verify-e-mail page, which sends the mail
        String link = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
                .until(() -> verificationLink(account.email()), l -> l != null);
        HttpResponse<String> verified = get(link);
        if (verified.statusCode() >= 400) {
            throw new AssertionError("the verification link answered " + verified.statusCode());
        }
    }

    /** The verification link of the latest mail to this address, once it arrived. */
    static String verificationLink(String email) throws IOException, InterruptedException {
        String mime = latestMail(email);
        if (mime == null) {
            return null;
        }
        Matcher link = VERIFY_LINK.matcher(mime);
        return link.find() ? link.group(1).replace("&amp;", "&") : null;
    }

    /** The MIME text of the latest mail the relay holds for this address (soft line breaks undone), or null. */
    static String latestMail(String email) throws IOException, InterruptedException {
        HttpResponse<String> inbox = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(MAIL_API + "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "/messages/INBOX"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (inbox.statusCode() != 200) {
            return null;
        }
        JsonNode messages = new ObjectMapper().readTree(inbox.body());
        if (!messages.isArray() || messages.isEmpty()) {
            return null;
        }
        // quoted-printable soft line breaks and escaped '=' in the MIME text
        return messages.get(messages.size() - 1).path("mimeMessage").asText().replace("=\r\n", "").replace("=3D", "=");
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }
}
