package org.skillboard.security;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The full address of a link, for the administrator to pass on and for mail. Behind
 * a proxy, set {@code SKILLBOARD_BASE_URL} (the address users type); otherwise the
 * address of the request that made the link is used.
 */
@Component
class LinkAddresses {

    static final String PASSWORD_PATH = "password/";

    private final String configured;

    LinkAddresses(@Value("${skillboard.base-url:}") String configured) {
        this.configured = configured.endsWith("/") ? configured : configured.isEmpty() ? "" : configured + "/";
    }

    String choosePassword(String secret) {
        return base() + PASSWORD_PATH + secret;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        HttpServletRequest request = current();
        if (request == null) {
            return "http://localhost:8080/";
        }
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/";
    }

    private static HttpServletRequest current() {
        VaadinServletRequest vaadin = VaadinServletRequest.getCurrent();
        if (vaadin != null) {
            return vaadin.getHttpServletRequest();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
