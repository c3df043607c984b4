package io.cadre.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs in an API call that carries {@code Authorization: Bearer <API token>}; an unknown token gets 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final TokenAuthentication tokens;
    private final ProblemAuthenticationResponses problems;

    BearerTokenFilter(TokenAuthentication tokens, ProblemAuthenticationResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> user = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (user.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("Unknown API token"));
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(user.get());
        chain.doFilter(request, response);
    }
}
