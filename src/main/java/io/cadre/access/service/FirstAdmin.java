package io.cadre.access.service;

import io.cadre.shared.Role;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start, when no user exists, creates the ADMIN {@code admin} with the password in
 * CADRE_ADMIN_PASSWORD, or a random one that is logged this once. It runs before any other runner, so that
 * users another runner adds (the demo's) do not keep {@code admin} from being created.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserAccounts users;
    private final String configuredPassword;

    FirstAdmin(UserAccounts users, @Value("${cadre.admin-password:}") String configuredPassword) {
        this.users = users;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyExists()) {
            return;
        }
        String password = configuredPassword;
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            log.warn("Created the first user 'admin' with the generated password: {} (set CADRE_ADMIN_PASSWORD to choose it)",
                    password);
        } else {
            String weak = PasswordRule.problem("admin", password);
            if (weak != null) {
                throw new IllegalStateException("CADRE_ADMIN_PASSWORD " + weak);
            }
            log.info("Created the first user 'admin' with the password from CADRE_ADMIN_PASSWORD");
        }
        users.create("admin", password, java.util.Set.of(Role.ADMIN), null);
    }
}
