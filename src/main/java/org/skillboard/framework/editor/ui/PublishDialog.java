package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.skillboard.base.Message;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkInstaller;

/**
 * Says before publishing what publishing does, by the same rule as an uploaded file: creates the framework, updates
 * the current version in place (nothing assessed changes meaning), or publishes a new version and why.
 */
final class PublishDialog extends Dialog {

    PublishDialog(DraftSession session) {
        FrameworkInstaller.Plan plan = session.drafts().plan(session.id());
        String name = session.definition().name();
        setHeaderTitle(getTranslation("framework-editor.publish.title", Edits.field(name)));
        setId("editor-publish-dialog");
        setWidth("min(36rem, 95vw)");
        Paragraph says = new Paragraph(switch (plan.outcome()) {
            case CREATED -> getTranslation("framework-editor.publish.created");
            case UPDATED -> getTranslation("framework-editor.publish.updated", plan.version());
            case NEW_VERSION -> getTranslation("framework-editor.publish.new-version", plan.version(),
                    plan.version() - 1);
            case UNCHANGED -> getTranslation("framework-editor.publish.unchanged", plan.version());
        });
        says.setId("editor-publish-plan");
        add(says);
        if (!plan.reasons().isEmpty()) {
            UnorderedList reasons = new UnorderedList();
            reasons.setId("editor-publish-reasons");
            for (Message reason : plan.reasons()) {
                reasons.add(new ListItem(reason.in(this::getTranslation)));
            }
            add(reasons);
        }
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        Button publish = new Button(getTranslation(plan.outcome() == FrameworkInstaller.Outcome.UNCHANGED
                ? "framework-editor.publish.close-draft" : "framework-editor.publish.confirm"), click -> {
                    if (Notifications.attempt(this, () -> session.drafts().publish(session.id()),
                            getTranslation("framework-editor.published", Edits.field(name)))) {
                        close();
                        UI.getCurrent().navigate("admin/frameworks");
                    }
                });
        publish.setId("editor-publish-confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, publish);
    }
}
