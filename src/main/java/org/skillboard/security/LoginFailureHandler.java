package org.skillboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the login view with the reason the user may know. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof LoginThrottledException throttled) {
            target = "/login?error=throttled&wait=" + Math.max(1, throttled.getWait().toSeconds());
        } else if (exception instanceof LockedException) {
            target = "/login?error=suspended";
        } else if (exception instanceof DisabledException) {
            target = "/login?error=disabled";
        } else {
            target = "/login?error";
        }
        redirect.sendRedirect(request, response, target);
    }
}
