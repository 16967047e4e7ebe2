package org.skillboard.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At every request of a signed-in tenant user, reads where she stands now
 * ({@link AccountStanding}) and signs her in again with today's roles, or ends her
 * session when her account, her person or her tenant no longer lets her in. One
 * short transaction per request; the database is the only truth, so every node of
 * a cluster agrees.
 */
class StandingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("org.skillboard.security.audit");

    private final AccountStanding standing;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    StandingFilter(AccountStanding standing) {
        this.standing = standing;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/VAADIN/") || path.startsWith("/webjars/") || path.startsWith("/frontend-static/")
                || path.startsWith("/images/") || path.startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SkillboardUser user
                && !user.isPlatformAdmin()) {
            Optional<SkillboardUser> now = standing.now(user);
            if (now.isEmpty()) {
                log.info("Session ended: {} tenant={} may no longer sign in", user.getUsername(), user.tenantId());
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            } else if (!now.get().sameStandingAs(user)) {
                // roles from today's data; other authorities (how she signed in: FACTOR_PASSWORD) stay
                List<GrantedAuthority> authorities = new ArrayList<>(now.get().getAuthorities());
                authentication.getAuthorities().stream()
                        .filter(authority -> !String.valueOf(authority.getAuthority()).startsWith("ROLE_"))
                        .forEach(authorities::add);
                UsernamePasswordAuthenticationToken again = UsernamePasswordAuthenticationToken.authenticated(
                        now.get(), null, authorities);
                again.setDetails(authentication.getDetails());
                context.setAuthentication(again);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
