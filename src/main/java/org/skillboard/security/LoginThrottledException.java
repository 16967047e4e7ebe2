package org.skillboard.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused because too many attempts failed recently. */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("Too many failed sign-ins; wait " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    Duration getWait() {
        return wait;
    }
}
