package org.skillboard.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import org.skillboard.security.SecurityEventLog;

/** A page saying "not available", logged with user and tenant. */
abstract class RefusalView<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

    private final int status;

    RefusalView(int status) {
        this.status = status;
        addClassName("sb-page");
        addClassName("sb-refusal");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        SecurityEventLog.viewRefused(event.getLocation().getPath());
        removeAll();
        add(new H2(getTranslation("error.access-denied.title")),
                new Paragraph(getTranslation("error.access-denied.message")),
                new Anchor("", getTranslation("error.access-denied.home")));
        return status;
    }
}
