package org.skillboard.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** When opening a page fails unexpectedly: a plain apology for the user, the details in the log. */
@AnonymousAllowed
class UnexpectedErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrorView.class);

    UnexpectedErrorView() {
        addClassName("sb-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Opening /{} failed", event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        add(new H2(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected")),
                new Anchor("", getTranslation("error.access-denied.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
