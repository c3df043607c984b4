package io.cadre.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Cadre's REST API as an integration calls it, with an API token: a bearer call costs one indexed lookup, where
 * HTTP Basic would cost a BCrypt check (about 80 ms on two cores) and measure the password hash instead of Cadre.
 */
final class CadreClient {

    /** A call's status and body, and how long it took until the whole body had arrived. */
    record Answer(int status, String body, long nanos) {
    }

    /**
     * A timed read's status, how long it took until the whole body had arrived, and the body's size; the body itself
     * only when the status is not 200, for the error message.
     */
    record Read(int status, String error, long nanos, long bytes) {
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    CadreClient(int port, String token) {
        this.base = "http://localhost:" + port;
        this.authorization = "Bearer " + token;
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    /**
     * GETs the path and reads the whole body through one small buffer, keeping only its size: the benchmark's client
     * shares the JVM (and its garbage collector) with Cadre, and a 10 MB chart read into a String per call would make
     * the collector work for the client as much as for Cadre.
     */
    Read read(String path) {
        HttpRequest request = request(path).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Read(response.statusCode(), new String(body.readAllBytes(), StandardCharsets.UTF_8), System.nanoTime() - start, 0);
                }
                byte[] buffer = BUFFER.get();
                long bytes = 0;
                for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                    bytes += n;
                }
                return new Read(200, null, System.nanoTime() - start, bytes);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Call GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    Answer post(String path, String json) {
        return post(path, json, "application/json");
    }

    Answer post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization).header("Accept", "application/json");
    }

    private Answer send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new IllegalStateException("Call " + request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
