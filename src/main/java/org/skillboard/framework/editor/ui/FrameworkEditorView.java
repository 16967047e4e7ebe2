package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.editor.DraftProblem;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.security.Roles;

/**
 * A framework draft open for editing: its details, scale, categories, items and notes in tabs, what the loader
 * would refuse beside them, and publishing. Every change is kept at once; nothing is published until she says so.
 */
@Route("admin/frameworks/drafts/:draftId")
@RolesAllowed(Roles.TENANT_ADMIN)
class FrameworkEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "admin/frameworks/drafts/";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private final FrameworkDrafts drafts;
    private String title;

    FrameworkEditorView(FrameworkDrafts drafts) {
        this.drafts = drafts;
        addClassName("sb-page");
        addClassName("sb-editor");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        FrameworkDrafts.Draft draft;
        try {
            draft = drafts.open(Long.parseLong(event.getRouteParameters().get("draftId").orElse("")));
        } catch (NumberFormatException | UserFacingException gone) {
            title = getTranslation("framework-editor.gone.title");
            add(back(), new H2(title), new Paragraph(getTranslation("framework-editor.error.not-found")));
            return;
        }
        show(new DraftSession(drafts, this, draft));
    }

    private void show(DraftSession session) {
        title = Edits.field(session.definition().name());
        H2 heading = new H2(title);
        heading.setId("editor-title");
        Span saved = new Span();
        saved.setId("editor-saved");
        saved.addClassName("sb-muted");
        Paragraph about = new Paragraph(session.basedOnVersion() == null
                ? getTranslation("framework-editor.about.new", session.definition().key())
                : getTranslation("framework-editor.about.changes", session.definition().key(),
                        session.basedOnVersion()));
        about.addClassName("sb-muted");

        LevelsSection levels = new LevelsSection(session);
        CategoriesSection categories = new CategoriesSection(session);
        ItemsSection items = new ItemsSection(session);
        NotesSection notes = new NotesSection(session);
        Div scale = new Div(Fields.line(this, "editor-scale-name", "framework-editor.scale-name",
                session.definition().scaleName(), name -> session.change(d -> Edits.scaleName(d, name))), levels);
        scale.addClassName("sb-editor-scale");

        TabSheet tabs = new TabSheet();
        tabs.setId("editor-tabs");
        tabs.setWidthFull();
        Tab detailsTab = tab(tabs, "editor-tab-details", new TabLabel(getTranslation("framework-editor.tab.details")),
                new DetailsSection(session));
        TabLabel scaleLabel = new TabLabel(getTranslation("framework-editor.tab.scale"));
        Tab scaleTab = tab(tabs, "editor-tab-scale", scaleLabel, scale);
        Tab categoriesTab = tab(tabs, "editor-tab-categories",
                new TabLabel(getTranslation("framework-editor.tab.categories")), categories);
        TabLabel itemsLabel = new TabLabel(getTranslation(Kinds.itemsKey(session.definition().kind())));
        Tab itemsTab = tab(tabs, "editor-tab-items", itemsLabel, items);
        Tab notesTab = tab(tabs, "editor-tab-notes", new TabLabel(getTranslation("framework-editor.tab.notes")),
                notes);
        Map<Tab, OrderedSection<?>> sections = Map.of(scaleTab, levels, categoriesTab, categories, itemsTab, items,
                notesTab, notes);
        tabs.addSelectedChangeListener(event -> {
            OrderedSection<?> section = sections.get(event.getSelectedTab());
            if (section != null) {
                section.reshow();
            }
        });

        ProblemsPanel problems = new ProblemsPanel(session, problem -> {
            if (problem.itemIndex() >= 0) {
                tabs.setSelectedTab(itemsTab);
                items.select(problem.itemIndex());
            } else if (problem.levelIndex() >= 0 || startsWith(problem, "scale")) {
                tabs.setSelectedTab(scaleTab);
                levels.select(problem.levelIndex());
            } else if (startsWith(problem, "categories[")) {
                tabs.setSelectedTab(categoriesTab);
                categories.select(index(problem, "categories["));
            } else if (startsWith(problem, "notes[")) {
                tabs.setSelectedTab(notesTab);
                notes.select(index(problem, "notes["));
            } else {
                tabs.setSelectedTab(detailsTab);
            }
        });
        Runnable status = () -> {
            heading.setText(Edits.field(session.definition().name()));
            saved.setText(getTranslation("framework-editor.saved", TIME.format(session.savedAt())));
            scaleLabel.count(count(session, "scale"));
            itemsLabel.count(count(session, "items["));
        };
        session.onChange(status);
        status.run();
        sections.values().forEach(OrderedSection::refresh);

        Div body = new Div(tabs, problems);
        body.addClassName("sb-editor-body");
        Div head = new Div(heading, saved);
        head.addClassName("sb-editor-head");
        add(back(), head, about, new DraftActions(session), body);
    }

    private static Tab tab(TabSheet tabs, String id, TabLabel label, Component content) {
        Tab tab = tabs.add(label, content);
        tab.setId(id);
        label.badgeId(id + "-problems");
        return tab;
    }

    private static boolean startsWith(DraftProblem problem, String prefix) {
        return problem.field() != null && problem.field().startsWith(prefix);
    }

    private static int index(DraftProblem problem, String prefix) {
        int end = problem.field().indexOf(']', prefix.length());
        try {
            return end < 0 ? -1 : Integer.parseInt(problem.field().substring(prefix.length(), end));
        } catch (NumberFormatException notAnIndex) {
            return -1;
        }
    }

    private static int count(DraftSession session, String prefix) {
        return (int) session.problems().stream().filter(problem -> startsWith(problem, prefix)).count();
    }

    private Anchor back() {
        Anchor back = new Anchor("admin/frameworks", getTranslation("framework-editor.back"));
        back.setId("editor-back");
        back.addClassName("sb-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? "" : title + " · ") + getTranslation("framework-editor.title") + " · "
                + getTranslation("app.name");
    }
}
