package dev.boucle.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/** The sign-in form's three outcomes as the throttle sees them: refused before checking, failed, succeeded. */
final class SignInOutcomes {

    private SignInOutcomes() {}

    /** Refuses a sign-in the throttle holds back, before the password is even compared. */
    static final class Refusing extends OncePerRequestFilter {
        private final SignInThrottle throttle;

        Refusing(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String email = request.getParameter("username");
            if (email != null && throttle.refuses(email, request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + "/login?throttled");
                return;
            }
            chain.doFilter(request, response);
        }
    }

    static final class Failed implements AuthenticationFailureHandler {
        private final SignInThrottle throttle;

        Failed(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            String email = request.getParameter("username");
            if (email != null) throttle.failed(email, request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    static final class Succeeded extends SavedRequestAwareAuthenticationSuccessHandler {
        private final SignInThrottle throttle;
        private final Users users;

        Succeeded(SignInThrottle throttle, Users users) {
            this.throttle = throttle;
            this.users = users;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof CurrentUser user) {
                throttle.succeeded(user.email());
                users.signedIn(user.id());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * Signs the OpenID user in as their Boucle user: the session holds a {@link CurrentUser}
     * as after the form, so every page and its role checks see the same principal, and Spring
     * Session indexes the session by the same e-mail (deactivation ends it like any other).
     */
    static final class SsoSucceeded extends SavedRequestAwareAuthenticationSuccessHandler {
        private final SignInThrottle throttle;
        private final Users users;
        private final org.springframework.security.web.context.SecurityContextRepository contexts =
                new org.springframework.security.web.context.HttpSessionSecurityContextRepository();

        SsoSucceeded(SignInThrottle throttle, Users users) {
            this.throttle = throttle;
            this.users = users;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            if (authentication.getPrincipal() instanceof SsoAccounts.Signed signed) {
                CurrentUser user = signed.user;
                var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
                context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                        .authenticated(user, null, user.getAuthorities()));
                org.springframework.security.core.context.SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                throttle.succeeded(user.email());
                users.signedIn(user.id());
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /** Back to the sign-in page with the reason: no mapped role, a deactivated account, or the provider failed. */
    static final class SsoFailed implements AuthenticationFailureHandler {
        private static final java.util.Set<String> SHOWN = java.util.Set.of("no-role", "inactive", "no-email");

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            String reason = e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException o
                    && SHOWN.contains(o.getError().getErrorCode()) ? o.getError().getErrorCode() : "failed";
            response.sendRedirect(request.getContextPath() + "/login?sso=" + reason);
        }
    }
}
