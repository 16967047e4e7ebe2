package org.skillboard.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes sign-ins, failed sign-ins and refused access to the log, with the tenant. */
@Component
public class SecurityEventLog {

    private final AccountStanding standing;

    SecurityEventLog(AccountStanding standing) {
        this.standing = standing;
    }

    private static final Logger log = LoggerFactory.getLogger("org.skillboard.security.audit");

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        log.info("Sign-in: {} tenant={} from {}", event.getAuthentication().getName(),
                tenantOf(event.getAuthentication()), addressOf(event.getAuthentication()));
        if (event.getAuthentication().getPrincipal() instanceof SkillboardUser user) {
            standing.signedIn(user); // for the accounts page's "last sign-in"
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        log.warn("Failed sign-in: {} from {}: {}", event.getAuthentication().getName(),
                addressOf(event.getAuthentication()), event.getException().getMessage());
    }

    @EventListener
    void accessDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        log.warn("Access refused: {} tenant={} to {}", authentication == null ? "anonymous" : authentication.getName(),
                tenantOf(authentication), describe(event.getSource()));
    }

    /** Also called by the view layer when navigation to a view is refused. */
    public static void viewRefused(String location) {
        Authentication authentication = org.springframework.security.core.context.SecurityContextHolder
                .getContext().getAuthentication();
        log.warn("Access refused: {} tenant={} to view /{}",
                authentication == null ? "anonymous" : authentication.getName(), tenantOf(authentication), location);
    }

    static String tenantOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SkillboardUser user) {
            return user.tenantId() == null ? "(platform)" : user.tenantId() + " (" + user.tenantName() + ")";
        }
        return "-";
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "-";
    }

    private static String describe(Object source) {
        if (source instanceof org.aopalliance.intercept.MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return String.valueOf(source);
    }
}
