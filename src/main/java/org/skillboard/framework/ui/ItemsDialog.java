package org.skillboard.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;

/**
 * Lets a tenant administrator rename items and rewrite their overviews, and shape the
 * dimensions of a maturity model (add the tenant's own, remove them again).
 */
class ItemsDialog extends Dialog {

    private final FrameworkService frameworks;
    private final FrameworkSummary framework;
    private final Runnable changed;
    private final VerticalLayout items = new VerticalLayout();

    ItemsDialog(FrameworkService frameworks, FrameworkSummary framework, Runnable changed) {
        this.frameworks = frameworks;
        this.framework = framework;
        this.changed = changed;
        setHeaderTitle(getTranslation("framework-admin.items.title", framework.name()));
        setWidth("min(52rem, 95vw)");
        Paragraph help = new Paragraph(getTranslation("framework-admin.items.help"));
        help.addClassName("sb-muted");
        items.setPadding(false);
        add(help, items);
        if (framework.kind() == FrameworkKind.MATURITY) {
            add(newDimension());
        }
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        show();
    }

    private void show() {
        items.removeAll();
        for (FrameworkDefinition.Item item : frameworks.definitionForAdmin(framework.id()).items()) {
            TextField name = new TextField(getTranslation("framework-admin.items.name"));
            name.setValue(item.name());
            name.setWidthFull();
            TextArea overview = new TextArea(getTranslation("framework-admin.items.overview"));
            overview.setValue(item.overview() == null ? "" : item.overview());
            overview.setWidthFull();
            Button save = new Button(getTranslation("action.save"), click -> run(
                    () -> frameworks.describeItem(framework.id(), item.code(), name.getValue(), overview.getValue()),
                    getTranslation("framework-admin.items.saved", item.code())));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout buttons = new HorizontalLayout(save);
            if (item.fromTenant()) {
                Button remove = new Button(getTranslation("framework-admin.items.remove"), click -> run(
                        () -> frameworks.removeDimension(framework.id(), item.code()),
                        getTranslation("framework-admin.items.removed", item.code())));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
                buttons.add(remove);
            }
            VerticalLayout body = new VerticalLayout(name, overview, buttons);
            body.setPadding(false);
            Details details = new Details(item.code() + " · " + item.name(), body);
            details.setWidthFull();
            items.add(details);
        }
    }

    private VerticalLayout newDimension() {
        TextField code = new TextField(getTranslation("framework-admin.items.code"));
        code.setHelperText(getTranslation("framework-admin.items.code.help"));
        TextField name = new TextField(getTranslation("framework-admin.items.name"));
        TextArea overview = new TextArea(getTranslation("framework-admin.items.overview"));
        Button add = new Button(getTranslation("framework-admin.items.add"), click -> run(() -> {
            frameworks.addDimension(framework.id(), code.getValue(), name.getValue(), overview.getValue());
            code.clear();
            name.clear();
            overview.clear();
        }, getTranslation("framework-admin.items.added")));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(code, name, overview);
        VerticalLayout section = new VerticalLayout(new H4(getTranslation("framework-admin.items.new-dimension")),
                form, add);
        section.setPadding(false);
        return section;
    }

    private void run(Runnable change, String done) {
        try {
            change.run();
            Notifications.success(done);
            show();
            changed.run();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }
}
