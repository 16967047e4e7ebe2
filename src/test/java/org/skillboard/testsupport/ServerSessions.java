package org.skillboard.testsupport;

import java.util.Set;
import java.util.stream.Collectors;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Looks into the embedded server's own sessions, as they are after a request: whose
 * session it is and with which roles, or that the session is gone.
 */

public class ServerSessions {

    private final WebServerApplicationContext server;

    ServerSessions(WebServerApplicationContext server) {
        this.server = server;
    }

    /** The roles ({@code ROLE_...} authorities, without the prefix) the session's signed-in user holds, or {@code null} when the session has ended. */
    public Set<String> roles(String sessionId) throws Exception {
        Context context = (Context) ((TomcatWebServer) server.getWebServer()).getTomcat().getHost()
                .findChildren()[0];
        Session session = context.getManager().findSession(sessionId);
        if (session == null || !session.isValid()) {
            return null;
        }
        Object held = session.getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (!(held instanceof SecurityContext securityContext) || securityContext.getAuthentication() == null) {
            return Set.of();
        }
        return securityContext.getAuthentication().getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(role -> role.replaceFirst("^ROLE_", "")).collect(Collectors.toSet());
    }
}
