package org.skillboard.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user, for services that decide by who is asking. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static SkillboardUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Nobody is signed in"));
    }

    public static Optional<SkillboardUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SkillboardUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
