package org.skillboard.audit;

import org.skillboard.base.TenantMember;
import org.skillboard.security.CurrentUser;
import org.skillboard.security.Roles;
import org.skillboard.security.SkillboardUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who made a change: the signed-in user; the application itself ({@link #SYSTEM}) when it loads tenant files;
 * or nobody signed in ({@link #ANONYMOUS}), for example a person completing a reset link.
 *
 * @param accountId the account's id (a platform administrator's in the platform's table), or {@code null}
 * @param platform  whether the actor belongs to no tenant, so that the change is a platform action
 */
record Actor(Long accountId, String login, String name, boolean platform) {

    /** The login and name recorded for the application's own changes; the log shows them translated. */
    static final String SYSTEM = "SYSTEM";
    /** The login and name recorded for changes made with nobody signed in. */
    static final String ANONYMOUS = "ANONYMOUS";

    static Actor current() {
        SkillboardUser user = CurrentUser.find().orElse(null);
        if (user != null) {
            return new Actor(user.accountId(), user.getUsername(), user.displayName(), user.isPlatformAdmin());
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.SYSTEM).equals(authority.getAuthority()))) {
            boolean inTenant = authentication.getPrincipal() instanceof TenantMember member
                    && member.tenantId() != null;
            return new Actor(null, SYSTEM, SYSTEM, !inTenant);
        }
        return new Actor(null, ANONYMOUS, ANONYMOUS, false);
    }
}
