package org.skillboard.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a view is refused and Vaadin says so (outside production mode). */
@AnonymousAllowed
class AccessDeniedView extends RefusalView<AccessDeniedException> {

    AccessDeniedView() {
        super(HttpServletResponse.SC_FORBIDDEN);
    }
}
