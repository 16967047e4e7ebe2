package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.skillboard.base.ui.Confirmations;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.FrameworkDrafts.DraftSummary;

/** The drafts open in the organisation, to go on with or throw away; hidden while there are none. */
public final class DraftsSection extends Div {

    private final FrameworkDrafts drafts;
    private final Grid<DraftSummary> grid = new Grid<>();

    public DraftsSection(FrameworkDrafts drafts) {
        this.drafts = drafts;
        setId("framework-drafts");
        addClassName("sb-drafts");
        setWidthFull();
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.addColumn(DraftSummary::name).setHeader(getTranslation("framework-admin.column.name")).setFlexGrow(3);
        grid.addColumn(DraftSummary::key).setHeader(getTranslation("framework-admin.column.key")).setFlexGrow(2);
        grid.addColumn(draft -> LanguageField.name(draft.language(), getLocale()))
                .setHeader(getTranslation("framework-admin.column.language")).setFlexGrow(1);
        grid.addColumn(draft -> getTranslation("framework-editor.drafts.changed", draft.updatedBy(),
                times.format(draft.updatedAt()))).setHeader(getTranslation("framework-editor.drafts.column.changed"))
                .setFlexGrow(3);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("framework-admin.column.actions"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        Paragraph help = new Paragraph(getTranslation("framework-editor.drafts.help"));
        help.addClassName("sb-muted");
        add(new H3(getTranslation("framework-editor.drafts.title")), help, grid);
        refresh();
    }

    public void refresh() {
        List<DraftSummary> open = drafts.drafts();
        grid.setItems(open);
        setVisible(!open.isEmpty());
    }

    private Component actions(DraftSummary draft) {
        Button open = new Button(getTranslation("framework-editor.drafts.open"), VaadinIcon.EDIT.create(),
                click -> EditorLinks.open(draft.id()));
        open.setId("draft-open-" + draft.key());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        open.addClassName("sb-action");
        Button discard = new Button(getTranslation("framework-editor.discard"), VaadinIcon.TRASH.create(),
                click -> Confirmations.ask(new Confirmations.Texts(
                        getTranslation("framework-editor.discard.title", draft.name()),
                        getTranslation("framework-editor.discard.text"), getTranslation("framework-editor.discard"),
                        getTranslation("action.cancel")), () -> {
                            Notifications.attempt(this, () -> drafts.discard(draft.id()),
                                    getTranslation("framework-editor.discarded"));
                            refresh();
                        }));
        discard.setId("draft-discard-" + draft.key());
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE,
                ButtonVariant.LUMO_ERROR);
        discard.addClassName("sb-action");
        Div actions = new Div(open, discard);
        actions.addClassName("sb-actions");
        return actions;
    }
}
