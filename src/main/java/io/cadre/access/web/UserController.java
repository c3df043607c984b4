package io.cadre.access.web;

import io.cadre.access.api.Account;
import io.cadre.org.api.GetPerson;
import io.cadre.org.api.PersonDetails;
import io.cadre.platform.gateway.Queries;
import io.cadre.access.service.ApiTokens;
import io.cadre.access.service.PasswordRule;
import io.cadre.shared.Role;
import io.cadre.access.service.UserAccounts;
import io.cadre.shared.FieldError;
import io.cadre.shared.InvalidInput;
import io.cadre.shared.NotFound;
import io.cadre.shared.RuleViolation;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Users, their roles, the person each one is, and their API tokens: for administrators only. */
@RestController
@RequestMapping("/api/users")
class UserController {

    private static final Logger log = LoggerFactory.getLogger(UserController.class);

    private final UserAccounts users;
    private final ApiTokens tokens;
    private final Queries queries;

    UserController(UserAccounts users, ApiTokens tokens, Queries queries) {
        this.users = users;
        this.tokens = tokens;
        this.queries = queries;
    }

    record NewUser(String username, String password, List<Role> roles, UUID personId) {
    }

    record Roles(List<Role> roles) {
    }

    record Link(UUID personId) {
    }

    record NewToken(String name) {
    }

    @GetMapping
    List<Account> all() {
        return users.all();
    }

    @PostMapping
    ResponseEntity<Account> create(@RequestBody NewUser body, Authentication admin) {
        List<FieldError> errors = new ArrayList<>();
        if (body.username() == null || !body.username().matches("[A-Za-z0-9._@-]{3,100}")) {
            errors.add(new FieldError("username", "must be 3 to 100 letters, digits or . _ @ -"));
        }
        PasswordRule.check(body.username(), body.password(), errors);
        Set<Role> roles = roles(body.roles(), errors);
        requireKnownPerson(body.personId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!users.create(body.username(), body.password(), roles, body.personId())) {
            throw new RuleViolation("A user named " + body.username() + " already exists");
        }
        log.info("{} created the user {} with roles {}", admin.getName(), body.username(), roles);
        return ResponseEntity.created(URI.create("/api/users/" + body.username()))
                .body(new Account(body.username(), roles, body.personId(), Instant.now(), null));
    }

    @PostMapping("/{username}/roles")
    Map<String, Object> setRoles(@PathVariable String username, @RequestBody Roles body, Authentication admin) {
        List<FieldError> errors = new ArrayList<>();
        Set<Role> roles = roles(body.roles(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!users.setRoles(username, roles)) {
            throw new NotFound("No user " + username);
        }
        log.info("{} set the roles of {} to {}", admin.getName(), username, roles);
        return Map.of("username", username, "roles", roles);
    }

    @PostMapping("/{username}/person")
    Map<String, Object> linkPerson(@PathVariable String username, @RequestBody Link body, Authentication admin) {
        List<FieldError> errors = new ArrayList<>();
        requireKnownPerson(body.personId(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (!users.linkPerson(username, body.personId())) {
            throw new NotFound("No user " + username);
        }
        log.info("{} linked the user {} to person {}", admin.getName(), username, body.personId());
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("username", username);
        answer.put("personId", body.personId());
        return answer;
    }

    /** Lifts a lock that wrong passwords put on the account; answers whether there was one. */
    @PostMapping("/{username}/unlock")
    Map<String, Object> unlock(@PathVariable String username, Authentication admin) {
        if (!users.exists(username)) {
            throw new NotFound("No user " + username);
        }
        boolean unlocked = users.unlock(username);
        if (unlocked) {
            log.info("{} unlocked the user {}", admin.getName(), username);
        }
        return Map.of("username", username, "unlocked", unlocked);
    }

    @PostMapping("/{username}/tokens")
    ResponseEntity<Map<String, Object>> issueToken(@PathVariable String username,
                                                   @RequestBody(required = false) NewToken body, Authentication admin) {
        if (!users.exists(username)) {
            throw new NotFound("No user " + username);
        }
        String name = body == null || body.name() == null ? null : body.name().strip();
        if (name != null && name.length() > 200) {
            throw InvalidInput.of("name", "must be at most 200 characters");
        }
        String token = tokens.issue(username, name);
        log.info("{} issued an API token for {}", admin.getName(), username);
        Map<String, Object> answer = new java.util.HashMap<>();
        answer.put("username", username);
        answer.put("name", name);
        answer.put("token", token);
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    private static Set<Role> roles(List<Role> given, List<FieldError> errors) {
        if (given == null || given.isEmpty() || given.contains(null)) {
            errors.add(new FieldError("roles", "must name at least one of ADMIN, HR, DIRECTOR, MANAGER, EMPLOYEE"));
            return Set.of();
        }
        return EnumSet.copyOf(given);
    }

    private void requireKnownPerson(UUID personId, List<FieldError> errors) {
        if (personId == null) {
            return;
        }
        try {
            queries.ask(new GetPerson(personId), PersonDetails.class);
        } catch (NotFound e) {
            errors.add(new FieldError("personId", "no person with id " + personId));
        }
    }
}
