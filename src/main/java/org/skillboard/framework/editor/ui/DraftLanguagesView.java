package org.skillboard.framework.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.skillboard.base.Message;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.editor.FrameworkDrafts;
import org.skillboard.framework.editor.TextField;
import org.skillboard.framework.editor.Untranslated;
import org.skillboard.security.Roles;

/**
 * A draft next to the same framework in another language of its family: the other language's texts on the left,
 * read-only, the draft's on the right to type into, those not translated yet first of all. Each text is kept in
 * the draft as soon as the administrator leaves its field. {@code ?with=<frameworkId>} chooses the other language.
 */
@Route("admin/frameworks/drafts/:" + DraftLanguagesView.DRAFT_ID + "/languages")
@RolesAllowed(Roles.TENANT_ADMIN)
public class DraftLanguagesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String DRAFT_ID = "draftId";
    static final String WITH = "with";

    private final FrameworkDrafts drafts;
    private final Checkbox onlyUntranslated = new Checkbox();
    private final Span counter = new Span();
    private final Div texts = new Div();
    /** Each text's row, and the group headings it sits under, to show or hide as the filter and the texts say. */
    private final Map<TextField, Row> rows = new LinkedHashMap<>();
    private long draftId;
    private FrameworkDrafts.SideBySide sides;

    private record Row(Div row, Span mark, Component group, Component section) {
    }

    public DraftLanguagesView(FrameworkDrafts drafts) {
        this.drafts = drafts;
        addClassName("sb-page");
        addClassName("sb-languages-side-by-side");
        onlyUntranslated.setId("only-untranslated");
        onlyUntranslated.setValue(true);
        onlyUntranslated.addValueChangeListener(event -> showWhatIsAsked());
        counter.setId("untranslated-count");
        counter.addClassName("sb-untranslated-count");
        texts.addClassName("sb-translation-texts");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework-languages.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        rows.clear();
        String id = event.getRouteParameters().get(DRAFT_ID).orElse("");
        Anchor back = new Anchor("admin/frameworks/drafts/" + id, getTranslation("framework-languages.back"));
        back.addClassName("sb-back");
        back.setId("back-to-editor");
        add(back);
        try {
            draftId = Long.parseLong(id);
            List<FrameworkSummary> others = drafts.otherLanguages(draftId);
            if (others.isEmpty()) {
                add(new H2(getTranslation("framework-languages.title")),
                        new Paragraph(getTranslation("framework-languages.none")));
                return;
            }
            String with = event.getLocation().getQueryParameters().getSingleParameter(WITH).orElse("");
            FrameworkSummary other = others.stream().filter(f -> String.valueOf(f.id()).equals(with)).findFirst()
                    .orElse(others.getFirst());
            sides = drafts.sideBySide(draftId, other.id());
            show(others, other);
        } catch (NumberFormatException notANumber) {
            add(new Paragraph(getTranslation("framework-editor.error.not-found")));
        } catch (UserFacingException refusal) {
            add(new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        }
    }

    private void show(List<FrameworkSummary> others, FrameworkSummary other) {
        add(new H2(getTranslation("framework-languages.heading", sides.draft().name())));
        if (others.size() > 1) {
            Select<FrameworkSummary> choice = new Select<>();
            choice.setId("other-language");
            choice.setLabel(getTranslation("framework-languages.other"));
            choice.setItems(others);
            choice.setItemLabelGenerator(f -> getTranslation("framework-languages.other.option",
                    language(f.language()), f.name()));
            choice.setValue(other);
            choice.addValueChangeListener(event -> UI.getCurrent().navigate(DraftLanguagesView.class,
                    new RouteParameters(DRAFT_ID, String.valueOf(draftId)),
                    QueryParameters.simple(Map.of(WITH, String.valueOf(event.getValue().id())))));
            add(choice);
        }
        Div filter = new Div(onlyUntranslated, counter);
        filter.addClassName("sb-translation-filter");
        onlyUntranslated.setLabel(getTranslation("framework-languages.only-untranslated"));
        Div columns = new Div(new Span(getTranslation("framework-languages.column.other",
                language(sides.other().language()))), new Span(getTranslation("framework-languages.column.draft",
                        language(sides.draft().language()))));
        columns.addClassNames("sb-translation-columns", "sb-translation-pair");
        add(filter, columns, texts);
        texts.removeAll();
        Component section = null;
        Component group = null;
        String sectionKey = null;
        Message groupWords = null;
        for (Untranslated.Text text : sides.texts()) {
            String key = section(text.field().place());
            if (!key.equals(sectionKey)) {
                sectionKey = key;
                section = new H3(getTranslation(key));
                texts.add(section);
                groupWords = null;
            }
            if (text.field().place() != TextField.Place.FRAMEWORK && !text.group().equals(groupWords)) {
                groupWords = text.group();
                group = new H4(capitalised(text.group().in(this::getTranslation)));
                texts.add(group);
            } else if (text.field().place() == TextField.Place.FRAMEWORK) {
                group = null;
            }
            texts.add(row(text, group, section));
        }
        showWhatIsAsked();
    }

    private Div row(Untranslated.Text text, Component group, Component section) {
        Span label = new Span(text.label().in(this::getTranslation));
        label.addClassName("sb-translation-label");
        Span mark = new Span(getTranslation("framework-languages.row.untranslated"));
        mark.addClassName("sb-untranslated-mark");
        Div theirs = new Div(text.theirs());
        theirs.addClassName("sb-translation-theirs");
        theirs.getElement().setAttribute("lang", sides.other().language().toLanguageTag());
        // on a phone the columns' headings are gone: each text says its language (styles.css)
        theirs.getElement().setAttribute("data-language", language(sides.other().language()));
        TextArea ours = new TextArea();
        ours.addClassName("sb-translation-ours");
        ours.setWidthFull();
        ours.setValue(Objects.requireNonNullElse(text.ours(), ""));
        ours.getElement().setAttribute("lang", sides.draft().language().toLanguageTag());
        ours.setAriaLabel(text.where().in(this::getTranslation));
        ours.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                keep(text.field(), event.getValue());
            }
        });
        Div pair = new Div(theirs, ours);
        pair.addClassName("sb-translation-pair");
        Div row = new Div(new Div(label, mark), pair);
        row.addClassName("sb-translation-row");
        rows.put(text.field(), new Row(row, mark, group, section));
        return row;
    }

    /** Keeps the typed text in the draft, and says again what is not translated yet. */
    private void keep(TextField field, String typed) {
        try {
            drafts.save(draftId, field.typed(drafts.open(draftId).definition(), typed));
            sides = drafts.sideBySide(draftId, sides.otherId());
            showWhatIsAsked();
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    /** Shows every text, or only those not translated yet, and how many those are. */
    private void showWhatIsAsked() {
        if (sides == null) {
            return;
        }
        List<Untranslated.Text> untranslated = sides.untranslated();
        counter.setText(untranslated.isEmpty() ? getTranslation("framework-languages.all-translated")
                : getTranslation("framework-languages.count", untranslated.size()));
        boolean all = !onlyUntranslated.getValue();
        rows.values().forEach(row -> {
            row.row().setVisible(all);
            row.mark().setVisible(false);
            visible(row.group(), all);
            visible(row.section(), all);
        });
        for (Untranslated.Text text : untranslated) {
            Row row = rows.get(text.field());
            if (row != null) {
                row.row().setVisible(true);
                row.mark().setVisible(true);
                visible(row.group(), true);
                visible(row.section(), true);
            }
        }
    }

    private static void visible(Component component, boolean visible) {
        if (component != null) {
            component.setVisible(visible);
        }
    }

    private static String section(TextField.Place place) {
        return "framework-languages.section." + switch (place) {
            case FRAMEWORK -> "framework";
            case LEVEL -> "levels";
            case CATEGORY -> "categories";
            case ITEM, ITEM_LEVEL -> "items";
            case NOTE -> "notes";
        };
    }

    private String language(Locale language) {
        String name = language.getDisplayLanguage(getLocale());
        return name.isEmpty() ? language.toLanguageTag() : capitalised(name);
    }

    private String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(getLocale()) + text.substring(1);
    }
}
