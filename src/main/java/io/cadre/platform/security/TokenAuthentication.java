package io.cadre.platform.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Signs in the bearer of an API token: the port through which the API's filter chain asks the users' store. */
public interface TokenAuthentication {

    /** The user a token stands for, if it is a token Cadre issued to a user that still exists. */
    Optional<Authentication> authenticate(String token);
}
