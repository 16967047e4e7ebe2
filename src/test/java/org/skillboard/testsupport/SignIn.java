package org.skillboard.testsupport;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a real account in for a test, as the login form would after a correct password. */
public final class SignIn {

    private SignIn() {
    }

    public static UserDetails as(UserDetailsService users, String login) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }
}
