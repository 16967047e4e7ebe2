package org.skillboard.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.FrameworkUploads;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.ui.DraftsSection;
import org.skillboard.framework.editor.ui.NewFrameworkDialog;
import org.skillboard.security.Roles;

/**
 * The tenant administrator's frameworks: which ones are in use and which archived, the file
 * of each to download and edit, names for levels the source leaves unnamed, and
 * the upload that adds or updates a framework. What can be done with each framework is in
 * {@link FrameworkActions}, the upload in {@link FrameworkUploadSection}.
 */
@Route("admin/frameworks")
@Menu(title = "menu.framework-admin", order = 80, icon = "COG")
@RolesAllowed(Roles.TENANT_ADMIN)
class FrameworkAdminView extends VerticalLayout implements HasDynamicTitle {

    private final FrameworkService frameworks;
    private final DraftsSection draftList;
    private final Grid<FrameworkSummary> grid = new Grid<>();
    private final Checkbox showArchived = new Checkbox();

    FrameworkAdminView(FrameworkService frameworks, FrameworkUploads uploads, FrameworkDrafts drafts) {
        this.frameworks = frameworks;
        this.draftList = new DraftsSection(drafts);
        addClassName("sb-page");
        setWidthFull();

        Paragraph intro = new Paragraph(getTranslation("framework-admin.intro"));
        intro.addClassName("sb-muted");

        grid.addColumn(FrameworkSummary::name).setHeader(getTranslation("framework-admin.column.name"))
                .setFlexGrow(3).setSortable(true);
        grid.addColumn(FrameworkSummary::key).setHeader(getTranslation("framework-admin.column.key"))
                .setFlexGrow(2).setSortable(true);
        grid.addColumn(framework -> FrameworkComponents.kind(this, framework.kind()))
                .setHeader(getTranslation("framework-admin.column.kind")).setFlexGrow(2);
        grid.addColumn(framework -> FrameworkComponents.languageName(framework.language(), getLocale()))
                .setHeader(getTranslation("framework-admin.column.language")).setFlexGrow(1);
        grid.addColumn(FrameworkSummary::version).setHeader(getTranslation("framework-admin.column.version"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(framework -> framework.archived() ? getTranslation("framework-admin.status.archived")
                : getTranslation("framework-admin.status.in-use")).setKey("status")
                .setHeader(getTranslation("framework-admin.column.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(framework -> new FrameworkActions(frameworks, drafts, framework, this::refresh))
                .setKey("actions")
                .setHeader(getTranslation("framework-admin.column.actions")).setWidth("14rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setWidthFull();

        showArchived.setLabel(getTranslation("framework-admin.show-archived"));
        showArchived.addValueChangeListener(event -> refresh());

        Button create = new Button(getTranslation("framework-editor.new"), VaadinIcon.PLUS.create(),
                click -> new NewFrameworkDialog(drafts, frameworks.all(true), null).open());
        create.setId("framework-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("framework-admin.title")), intro, create, draftList, showArchived, grid,
                new FrameworkUploadSection(uploads, this::refresh));
        refresh();
    }

    private void refresh() {
        grid.setItems(frameworks.all(showArchived.getValue()));
        draftList.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework-admin.title") + " · " + getTranslation("app.name");
    }
}
