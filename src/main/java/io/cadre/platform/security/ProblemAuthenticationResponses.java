package io.cadre.platform.security;

import io.cadre.platform.persistence.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Answers unauthenticated API calls with 401 and calls outside one's role with 403, as problem+json. */
@Component
class ProblemAuthenticationResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseOutage.causedIt(e)) {
            // The account could not be read, which says nothing about the credentials: the outage filter answers 503.
            throw e;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Cadre\"");
        write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or an API token to use the API");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Your role does not allow this call");
    }

    private void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getOutputStream().write(json.writeValueAsBytes(Map.of(
                "type", "about:blank", "title", status.getReasonPhrase(), "status", status.value(), "detail", detail)));
    }
}
