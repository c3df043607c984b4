package io.cadre.access;

import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.access.service.ApiTokens;
import static org.assertj.core.api.Assertions.assertThat;

import io.cadre.support.Api;
import io.cadre.support.IntegrationTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every REST call Cadre has, for every role, against the README's role matrix: 401 without
 * credentials, 403 outside the role, and never 401 or 403 inside it.
 */
@IntegrationTest
class AccessMatrixTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    ApiTokens tokens;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<Role, Api> asRole = new EnumMap<>(Role.class);

    @BeforeEach
    void signInOneUserPerRole() {
        for (Role role : Role.values()) {
            String username = "matrix-" + role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
            users.create(username, "password-" + UUID.randomUUID(), Set.of(role), null);
            asRole.put(role, Api.bearer(port, tokens.issue(username, "matrix")));
        }
    }

    /** The README's matrix: who may make each call. */
    static Set<Role> allowed(RequestMethod method, String path) {
        if (path.startsWith("/api/users") || path.startsWith("/api/admin")) {
            return EnumSet.of(Role.ADMIN);
        }
        if (method == RequestMethod.GET) {
            return EnumSet.allOf(Role.class);
        }
        if (path.endsWith("/personal-data") || path.endsWith("/erase")) {
            return EnumSet.of(Role.ADMIN, Role.HR);
        }
        if (path.startsWith("/api/teams") || path.startsWith("/api/people") || path.startsWith("/api/imports")
                || path.startsWith("/api/ladders") || path.startsWith("/api/objectives")
                || path.startsWith("/api/positions") || path.startsWith("/api/candidates") || path.startsWith("/api/scenarios")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR);
        }
        if (path.endsWith("/decide") || path.equals("/api/calibrations") || path.equals("/api/corrections")) {
            return EnumSet.of(Role.ADMIN, Role.HR);
        }
        if (path.startsWith("/api/calibrations/")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR);
        }
        if (path.startsWith("/api/promotions")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR, Role.MANAGER);
        }
        if (path.equals("/api/growth-models/run")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR, Role.MANAGER);
        }
        if (path.equals("/api/growth-models")) {
            return EnumSet.of(Role.ADMIN, Role.HR, Role.DIRECTOR);
        }
        return EnumSet.of(Role.ADMIN);
    }

    @Test
    void everyCallAnswersEveryRoleAsTheMatrixSays() {
        List<String> walked = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{username}", "nobody").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    walked.add(method + " " + pattern);
                    assertThat(call(Api.anonymous(port), method, path).status()).as("%s %s without credentials", method, pattern)
                            .isEqualTo(401);
                    for (Role role : Role.values()) {
                        int status = call(asRole.get(role), method, path).status();
                        if (allowed(method, pattern).contains(role)) {
                            assertThat(status).as("%s %s as %s", method, pattern, role).isNotIn(401, 403).isLessThan(500);
                        } else {
                            assertThat(status).as("%s %s as %s", method, pattern, role).isEqualTo(403);
                        }
                    }
                }
            }
        });
        assertThat(walked).contains("GET /api/org-chart", "POST /api/teams", "POST /api/people/{id}/leave",
                "POST /api/users", "POST /api/users/{username}/tokens");
    }

    @Test
    void anUnknownBearerTokenIsRefused() {
        Api.Response response = Api.bearer(port, "cadre_not-a-token").get("/api/org-chart");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anAdministratorIssuesATokenThatWorksOnEveryCall() {
        Api admin = Api.asAdmin(port);
        admin.post("/api/users", Map.of("username", "robot-" + UUID.randomUUID().toString().substring(0, 8),
                "password", "long-enough-password", "roles", List.of("HR"))).expect(201);
        String username = admin.get("/api/users").json().valueStream()
                .map(u -> u.get("username").asString()).filter(u -> u.startsWith("robot-")).findFirst().orElseThrow();
        String token = admin.post("/api/users/" + username + "/tokens", Map.of("name", "integration")).expect(201)
                .json().get("token").asString();
        Api robot = Api.bearer(port, token);
        UUID team = robot.post("/api/teams", Map.of("name", "Robots " + UUID.randomUUID())).expect(201).id();
        assertThat(robot.get("/api/teams/" + team).expect(200).json().get("id").asString()).isEqualTo(team.toString());
        assertThat(robot.get("/api/users").status()).isEqualTo(403);
    }

    private static Api.Response call(Api api, RequestMethod method, String path) {
        return switch (method) {
            case GET -> api.get(path);
            case POST -> api.post(path, "{}");
            case PUT -> api.put(path, "{}");
            case DELETE -> api.delete(path);
            default -> throw new IllegalArgumentException("No call walks " + method);
        };
    }
}
