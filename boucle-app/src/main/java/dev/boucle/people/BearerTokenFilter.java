package dev.boucle.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer TOKEN}. A missing or unknown token leaves the request
 * anonymous, and the API chain answers 401; the token itself is never logged.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final SecurityConfiguration.ProblemWriter problems;

    BearerTokenFilter(ApiTokens tokens, SecurityConfiguration.ProblemWriter problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        CurrentUser user = null;
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = header.substring(7).strip();
            if (!token.isEmpty() && token.length() <= 200) user = tokens.authenticate(token).orElse(null);
        }
        if (user == null) {
            // Every API route needs a token: answer 401 here rather than let an anonymous request in.
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized", "problem.unauthorized");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
