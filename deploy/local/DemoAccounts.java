import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Brings the demo accounts onto registered objects, through the platform's own API (run by deploy/local/laborlink up
 * once the services are ready; repeating it changes nothing): each demo HR user registers their employer, or, if it is
 * registered but the account lost its link (Keycloak's realm was imported again), accepts an officer's invitation;
 * officer-kaili verifies both employers. The demo workers' labour files are registered (with their old fixed ids) and
 * linked with a one-time code officer-kaili issues, as at a visit.
 */
public class DemoAccounts {

    record DemoEmployer(String username, String name, String creditCode) {
    }

    static final DemoEmployer[] EMPLOYERS = {
            new DemoEmployer("employer-demo", "黔东南绣娘服饰有限公司 (demo)", "91522601DEM0E0001M"),
            new DemoEmployer("employer-other", "凯里山地农产品合作社 (demo)", "91522601DEM0E0002Q") };
    static final String REGION = "522601";

    record DemoProvider(String username, String name, String creditCodePrefix, String region, String officer) {
    }

    static final DemoProvider[] PROVIDERS = {
            new DemoProvider("provider-demo", "凯里职业技能培训学校 (demo)", "52522601", "522601", "officer-kaili"),
            new DemoProvider("provider-other", "西昌家政培训中心 (demo)", "52513401", "513401", "officer-xichang") };

    record DemoWorker(String username, String fileId, String name, String idNumber, String phone) {
    }

    static final DemoWorker[] WORKERS = {
            new DemoWorker("worker-demo", "00000000-0000-4000-8000-00000000a001", "吴梅 (demo)", "522601199001010029", "13800000001"),
            new DemoWorker("worker-other", "00000000-0000-4000-8000-00000000a002", "杨兰 (demo)", "522601199203150046", "13800000002") };

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();
    static String gateway;
    static String tokenUrl;

    public static void main(String[] args) throws Exception {
        gateway = args[0];
        tokenUrl = args[1] + "/realms/laborlink/protocol/openid-connect/token";
        String officer = token("officer-kaili");
        for (DemoEmployer demo : EMPLOYERS) {
            String employerId = employerOf(demo, officer);
            Answer verified = call("POST", "/api/v1/employers/" + employerId + "/verify", officer, null);
            if (verified.status != 200) {
                throw new IllegalStateException("verifying " + employerId + " answered " + verified.status + ": " + verified.body);
            }
            System.out.println("[laborlink] demo: " + demo.username + " acts for employer " + employerId + " ("
                    + verified.body.path("standing").asText() + ")");
        }
        for (DemoProvider demo : PROVIDERS) {
            String providerId = providerOf(demo);
            Answer verified = call("POST", "/api/v1/providers/" + providerId + "/verify", token(demo.officer), null);
            if (verified.status != 200) {
                throw new IllegalStateException("verifying " + providerId + " answered " + verified.status + ": " + verified.body);
            }
            System.out.println("[laborlink] demo: " + demo.username + " acts for training provider " + providerId + " ("
                    + verified.body.path("standing").asText() + ")");
        }
        for (DemoWorker demo : WORKERS) {
            linkLabourFile(demo, officer);
            System.out.println("[laborlink] demo: " + demo.username + " acts for labour file " + demo.fileId);
        }
    }

    /**
     * The provider the demo user acts for, registered if it was not. Providers have no invitations (yet) to link an
     * account again after Keycloak's realm was imported afresh, so the demo's credit code is derived from the
     * account's id: a new demo account registers a new demo provider.
     */
    static String providerOf(DemoProvider demo) throws Exception {
        String token = token(demo.username);
        JsonNode claims = claims(token);
        if (claims.hasNonNull("provider_id") && hasRole(claims, "provider")) {
            return claims.get("provider_id").asText();
        }
        Answer registered = call("POST", "/api/v1/providers", token, Map.of("name", demo.name,
                "creditCode", creditCode(demo.creditCodePrefix, claims.get("sub").asText()),
                "region", demo.region, "address", "demo"));
        if (registered.status == 200 || registered.status == 201) {
            return registered.body.get("id").asText();
        }
        throw new IllegalStateException(demo.username + " could not register its provider: " + registered.status + " "
                + registered.body);
    }

    /** The demo worker's labour file, registered if it was not, and their account linked to it. */
    static void linkLabourFile(DemoWorker demo, String officer) throws Exception {
        String token = token(demo.username);
        JsonNode claims = claims(token);
        if (demo.fileId.equals(claims.path("worker_id").asText()) && hasRole(claims, "worker")) {
            return;
        }
        Answer registered = call("POST", "/api/v1/workers", officer, Map.ofEntries(Map.entry("id", demo.fileId),
                Map.entry("name", demo.name), Map.entry("idNumber", demo.idNumber), Map.entry("phone", demo.phone),
                Map.entry("householdRegion", REGION), Map.entry("home", Map.of("lat", 26.57, "lon", 107.98)),
                Map.entry("povertyStatus", "REGISTERED_POOR"),
                Map.entry("skills", java.util.List.of(Map.of("code", "4-10-01-05", "level", "BASIC"))),
                Map.entry("desiredOccupations", java.util.List.of("4-10-01-05")), Map.entry("expectedMonthlyPay", 4500),
                Map.entry("willingToMigrateTo", java.util.List.of("330000")),
                Map.entry("acceptedJobTypes", java.util.List.of("REGULAR", "CARING_JOB"))));
        if (registered.status != 201 && registered.status != 409) {
            throw new IllegalStateException(demo.username + "'s labour file could not be registered: " + registered.status
                    + " " + registered.body);
        }
        Answer code = call("POST", "/api/v1/workers/" + demo.fileId + "/link-codes", officer, null);
        Answer linked = code.status == 201 ? call("POST", "/api/v1/labour-file-account", token,
                Map.of("code", code.body.get("code").asText())) : code;
        if (linked.status != 200) {
            throw new IllegalStateException(demo.username + " could not be linked to " + demo.fileId + ": " + linked.status
                    + " " + linked.body);
        }
    }

    /** A well-formed unified social credit code (GB 32100 check character) with this prefix, derived from a seed. */
    static String creditCode(String prefix, String seed) throws Exception {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
        StringBuilder code = new StringBuilder(prefix);
        for (int i = 0; code.length() < 17; i++) {
            code.append(alphabet.charAt((hash[i] & 0xff) % alphabet.length()));
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += alphabet.indexOf(code.charAt(i)) * weights[i];
        }
        return code.append(alphabet.charAt((31 - sum % 31) % 31)).toString();
    }

    /** The claims of an access token (its payload). */
    static JsonNode claims(String token) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    static boolean hasRole(JsonNode claims, String role) {
        for (JsonNode r : claims.path("realm_access").path("roles")) {
            if (r.asText().equals(role)) {
                return true;
            }
        }
        return false;
    }

    /** The employer the demo user acts for, registered and linked if it was not. */
    static String employerOf(DemoEmployer demo, String officer) throws Exception {
        String token = token(demo.username);
        JsonNode claims = claims(token);
        if (claims.hasNonNull("employer_id") && hasRole(claims, "employer")) {
            return claims.get("employer_id").asText();
        }
        Answer registered = call("POST", "/api/v1/employers", token, Map.of("name", demo.name, "creditCode", demo.creditCode,
                "region", REGION, "address", "凯里市经济开发区", "industry", "garments", "sme", true));
        if (registered.status == 200 || registered.status == 201) {
            return registered.body.get("id").asText();
        }
        if (registered.status != 409 || !registered.body.hasNonNull("existing")) {
            throw new IllegalStateException(demo.username + " could not register: " + registered.status + " " + registered.body);
        }
        String existing = registered.body.get("existing").asText();
        String employerId = existing.substring(existing.lastIndexOf('/') + 1);
        Answer invited = call("POST", "/api/v1/employers/" + employerId + "/invitations", officer,
                Map.of("email", demo.username + "@demo.laborlink.example"));
        Answer accepted = invited.status == 201 ? call("POST", "/api/v1/employer-invitations/accept", token,
                Map.of("code", invited.body.get("code").asText())) : invited;
        if (accepted.status != 200) {
            throw new IllegalStateException(demo.username + " could not be linked again: " + accepted.status + " " + accepted.body);
        }
        return employerId;
    }

    record Answer(int status, JsonNode body) {
    }

    static Answer call(String method, String path, String token, Object body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    static String token(String username) throws Exception {
        String form = "grant_type=password&client_id=laborlink-tests&password=demo&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(username + " could not sign in: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
