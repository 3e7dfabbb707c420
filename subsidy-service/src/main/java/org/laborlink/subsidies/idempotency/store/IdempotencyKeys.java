package org.laborlink.subsidies.idempotency.store;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.platform.problem.Problem;
import org.laborlink.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Idempotency-Key for money-like writes (the IETF httpapi draft, as Stripe does it): keys are scoped to the caller;
 * the first request with a key runs and its answer is kept; the same key and the same request again gets that
 * answer (with {@code Idempotent-Replayed: true}); the same key with a different request is 422; the same key while
 * the first is still running is 409. A request that fails frees its key, so a corrected request may use it; a key
 * left running by a crashed instance is taken over after {@code laborlink.idempotency.abandoned-after}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;
    private final Duration abandonedAfter;

    public IdempotencyKeys(Mutiny.SessionFactory sessions, ObjectMapper json,
            @ConfigProperty(name = "laborlink.idempotency.abandoned-after", defaultValue = "PT60S") Duration abandonedAfter) {
        this.sessions = sessions;
        this.json = json;
        this.abandonedAfter = abandonedAfter;
    }

    /**
     * Runs {@code work} once per caller and key for this request ({@code operation} names the endpoint, so a key reused
     * on another endpoint counts as a different request).
     */
    public Uni<Response> once(String caller, String key, String operation, Object request, Supplier<Uni<Response>> work) {
        if (key == null || key.isBlank() || key.length() > 255) {
            throw new ProblemException(400, "idempotency-key-required", "Idempotency-Key required",
                    "a money-like write needs an Idempotency-Key header (1-255 characters, e.g. a UUID)",
                    List.of(new Problem.FieldError(HEADER, "is required (1-255 characters)")));
        }
        return claim(caller, key, hash(operation, request), work);
    }

    private Uni<Response> claim(String caller, String key, String hash, Supplier<Uni<Response>> work) {
        UUID owner = UUID.randomUUID();
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        insert into idempotency_key (caller, key, request_hash, state, owner, created_at)
                        values (:caller, :key, :hash, 'RUNNING', :owner, now()) on conflict do nothing""")
                        .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                        .setParameter("owner", owner).executeUpdate())
                .chain(inserted -> inserted == 1 ? run(caller, key, owner, work) : repeat(caller, key, hash, work));
    }

    private Uni<Response> repeat(String caller, String key, String hash, Supplier<Uni<Response>> work) {
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        select request_hash, state, response_status, response_body, location,
                               created_at < now() - make_interval(secs => :abandoned) from idempotency_key
                         where caller = :caller and key = :key""", Object[].class)
                        .setParameter("caller", caller).setParameter("key", key)
                        .setParameter("abandoned", (double) abandonedAfter.toSeconds())
                        .getResultList())
                .chain(rows -> {
                    if (rows.isEmpty()) {
                        // the first request failed and freed the key in between: this one is the first now
                        return claim(caller, key, hash, work);
                    }
                    Object[] row = rows.get(0);
                    if (!hash.equals(row[0])) {
                        throw new ProblemException(422, "idempotency-key-reused", "Idempotency-Key reused",
                                "this Idempotency-Key was used for a different request; use a new key for a new request",
                                List.of(new Problem.FieldError(HEADER, "was used for a different request")));
                    }
                    if ("RUNNING".equals(row[1])) {
                        if (Boolean.TRUE.equals(row[5])) {
                            return takeOver(caller, key, work);
                        }
                        throw ProblemException.conflict("request-in-flight",
                                "a request with this Idempotency-Key is still being processed; retry shortly");
                    }
                    Response.ResponseBuilder replay = Response.status(((Number) row[2]).intValue())
                            .entity(row[3]).type(MediaType.APPLICATION_JSON).header("Idempotent-Replayed", "true");
                    if (row[4] != null) {
                        replay.location(URI.create((String) row[4]));
                    }
                    return Uni.createFrom().item(replay.build());
                });
    }

    private Uni<Response> takeOver(String caller, String key, Supplier<Uni<Response>> work) {
        UUID owner = UUID.randomUUID();
        return sessions.withTransaction(session -> session.createNativeQuery("""
                        update idempotency_key set created_at = now(), owner = :owner
                         where caller = :caller and key = :key and state = 'RUNNING'
                           and created_at < now() - make_interval(secs => :abandoned)""")
                        .setParameter("caller", caller).setParameter("key", key).setParameter("owner", owner)
                        .setParameter("abandoned", (double) abandonedAfter.toSeconds()).executeUpdate())
                .chain(taken -> {
                    if (taken != 1) {
                        throw ProblemException.conflict("request-in-flight",
                                "a request with this Idempotency-Key is still being processed; retry shortly");
                    }
                    return run(caller, key, owner, work);
                });
    }

    /**
     * Runs the work and keeps its answer under the key. The work commits before its answer is kept: an instance that
     * dies in between leaves the key RUNNING until it is taken over, and the repeated work then meets what the first
     * run committed (a duplicate claim, a claim no longer SUBMITTED), so nothing is paid twice.
     */
    private Uni<Response> run(String caller, String key, UUID owner, Supplier<Uni<Response>> work) {
        return Uni.createFrom().deferred(work::get)
                .onFailure().call(failure -> sessions.withTransaction(session -> session.createNativeQuery(
                                "delete from idempotency_key where caller = :caller and key = :key and owner = :owner")
                        .setParameter("caller", caller).setParameter("key", key).setParameter("owner", owner)
                        .executeUpdate()))
                .chain(response -> sessions.withTransaction(session -> session.createNativeQuery("""
                                update idempotency_key set state = 'DONE', response_status = :status,
                                       response_body = :body, location = :location
                                 where caller = :caller and key = :key and owner = :owner""")
                        .setParameter("owner", owner)
                        .setParameter("status", response.getStatus())
                        .setParameter("body", body(response.getEntity()))
                        .setParameter("location", response.getHeaderString(HttpHeaders.LOCATION))
                        .setParameter("caller", caller).setParameter("key", key).executeUpdate())
                        .replaceWith(response));
    }

    private String body(Object entity) {
        try {
            return entity == null ? null : entity instanceof String s ? s : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String hash(String operation, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(operation.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
