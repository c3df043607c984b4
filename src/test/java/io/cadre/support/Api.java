package io.cadre.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cadre's REST API over real HTTP, signed in as a user, with helpers for the calls tests make most. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final int port;
    private final String authorization;

    private Api(int port, String authorization) {
        this.port = port;
        this.authorization = authorization;
    }

    public static Api asAdmin(int port) {
        return as(port, "admin", "test-admin");
    }

    public static Api as(int port, String user, String password) {
        return new Api(port, "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public static Api bearer(int port, String token) {
        return new Api(port, "Bearer " + token);
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public Response get(String path, String... headers) {
        return send(builder(path, headers).GET());
    }

    public Response post(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response put(String path, Object body, String... headers) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return send(builder(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    public Response delete(String path, String... headers) {
        return send(builder(path, headers).DELETE());
    }

    public Response postRaw(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = builder(path, headers);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A JSON body from name, value pairs; values are sent as text, null stays null. */
    public static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1] == null ? null : pairs[i + 1].toString());
        }
        return map;
    }

    /** Forms a team and returns its id. */
    public UUID formTeam(String name, UUID parentId, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("parentId", parentId);
        body.put("effectiveDate", date.toString());
        return post("/api/teams", body).expect(201).id();
    }

    /** Hires a person with a unique email and returns their id. */
    public UUID hire(String name, UUID teamId, UUID managerId, LocalDate start) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("email", name.toLowerCase().replaceAll("[^a-z0-9]", ".") + "." + UUID.randomUUID() + "@example.com");
        body.put("title", "Engineer");
        body.put("teamId", teamId);
        body.put("managerId", managerId);
        body.put("startDate", start.toString());
        return post("/api/people", body).expect(201).id();
    }

    private HttpRequest.Builder builder(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer. */
    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public JsonNode json() {
            return JSON.readTree(raw.body());
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public UUID id() {
            return UUID.fromString(json().get("id").asString());
        }

        /** Asserts an RFC 9457 problem with this status: its media type, status, title, detail and any field errors. */
        public Response expectProblem(int status) {
            expect(status);
            if (!header("Content-Type").startsWith("application/problem+json")) {
                throw new AssertionError("Not problem+json: " + header("Content-Type"));
            }
            JsonNode problem = json();
            if (problem.get("status").asInt() != status || problem.get("title").asString().isBlank()
                    || problem.get("detail").asString().isBlank()) {
                throw new AssertionError("Incomplete problem: " + body());
            }
            if (problem.has("errors")) {
                problem.get("errors").forEach(error -> {
                    if (error.get("field").asString().isBlank() || error.get("message").asString().isBlank()) {
                        throw new AssertionError("Incomplete field error: " + body());
                    }
                });
            }
            return this;
        }

        public Response expect(int status) {
            if (status() != status) {
                throw new AssertionError("Expected " + status + " but got " + status() + ": " + body());
            }
            return this;
        }
    }
}
