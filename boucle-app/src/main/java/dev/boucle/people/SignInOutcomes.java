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
}
