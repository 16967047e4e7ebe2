package org.skillboard.security.ui;

import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for a view that does not exist or that the user may not open. In
 * production Vaadin reports both the same way, so that nobody can probe which
 * views exist.
 */
@AnonymousAllowed
class RefusedOrMissingView extends RefusalView<NotFoundException> {

    RefusedOrMissingView() {
        super(HttpServletResponse.SC_NOT_FOUND);
    }
}
