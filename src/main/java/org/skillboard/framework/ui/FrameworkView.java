package org.skillboard.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.skillboard.framework.FrameworkDefinition;
import org.skillboard.framework.FrameworkDetail;
import org.skillboard.framework.FrameworkKind;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.FrameworkVersions;
import org.skillboard.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * One framework to read, like the SFIA website's skill pages: the scale, the
 * notes, and every item with what it says at each level of the scale, including
 * the levels it leaves undefined. {@code ?item=CODE} (and {@code &level=CODE})
 * opens that item and scrolls to it.
 */
@Route("frameworks/:" + FrameworkView.FRAMEWORK_ID)
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class FrameworkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String FRAMEWORK_ID = "frameworkId";
    static final String ITEM = "item";
    static final String LEVEL = "level";

    private final FrameworkService frameworks;
    private final FrameworkVersions versions;
    private String title;

    FrameworkView(FrameworkService frameworks, FrameworkVersions versions) {
        this.frameworks = frameworks;
        this.versions = versions;
        addClassName("sb-page");
        addClassName("sb-framework");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<FrameworkDetail> detail = event.getRouteParameters().get(FRAMEWORK_ID).flatMap(this::load);
        if (detail.isEmpty()) {
            notAvailable();
            return;
        }
        QueryParameters query = event.getLocation().getQueryParameters();
        show(detail.get(), query.getSingleParameter(ITEM).orElse(null), query.getSingleParameter(LEVEL).orElse(null));
    }

    private Optional<FrameworkDetail> load(String id) {
        try {
            return Optional.of(frameworks.detail(Long.parseLong(id)));
        } catch (NumberFormatException | UserFacingException | AccessDeniedException notReadable) {
            // a framework of another tenant, a disabled one and a mistyped address look the same
            return Optional.empty();
        }
    }

    private void notAvailable() {
        title = getTranslation("error.access-denied.title");
        add(new H2(title), new Paragraph(getTranslation("error.access-denied.message")),
                new RouterLink(getTranslation("framework.back"), FrameworkLibraryView.class));
    }

    private void show(FrameworkDetail detail, String openItem, String markLevel) {
        FrameworkSummary summary = detail.summary();
        FrameworkDefinition content = detail.content();
        title = summary.name();

        RouterLink back = new RouterLink(getTranslation("framework.back"), FrameworkLibraryView.class);
        back.addClassName("sb-back");
        Div badges = new Div(FrameworkComponents.badge(FrameworkComponents.kind(this, summary.kind()), "kind"),
                FrameworkComponents.badge(FrameworkComponents.languageName(summary.language(), getLocale()), "plain"),
                FrameworkComponents.badge(getTranslation("framework.version", summary.version()), "plain"));
        badges.addClassName("sb-badges");
        Div smallPrint = new Div(new Div(getTranslation("framework.source", content.source())),
                new Div(getTranslation("framework.licence", content.licence())));
        smallPrint.addClassName("sb-small-print");
        add(back, new H2(summary.name()), badges, smallPrint, new FrameworkVersionsPanel(versions, summary));
        if (!detail.translations().isEmpty()) {
            add(languageSwitch(summary, detail.translations(), openItem));
        }
        if (content.description() != null) {
            add(FrameworkComponents.text(content.description()));
        }
        add(scale(content));
        if (!content.notes().isEmpty()) {
            add(notes(content.notes()));
        }
        Details opened = items(content, openItem, markLevel);
        if (opened != null) {
            opened.scrollIntoView();
        }
    }

    /** Links to the same framework family in the organisation's other languages, each named in its own language. */
    private Component languageSwitch(FrameworkSummary current, List<FrameworkSummary> translations, String openItem) {
        Div languages = new Div(new Span(getTranslation("framework.languages")));
        languages.addClassName("sb-languages");
        Span here = FrameworkComponents.badge(
                FrameworkComponents.languageName(current.language(), current.language()), "current");
        languages.add(here);
        for (FrameworkSummary other : translations) {
            RouterLink link = new RouterLink(FrameworkComponents.languageName(other.language(), other.language()),
                    FrameworkView.class, FrameworkLibraryView.route(other.id()));
            link.getElement().setAttribute("lang", other.language().toLanguageTag());
            link.getElement().setAttribute("title", other.name());
            if (openItem != null) {
                link.setQueryParameters(QueryParameters.simple(Map.of(ITEM, openItem)));
            }
            languages.add(link);
        }
        return languages;
    }

    private Component scale(FrameworkDefinition content) {
        boolean someNamed = content.levels().stream().anyMatch(level -> level.name() != null);
        // letter bands often come without any text; then the table is just rank, code and name
        boolean someText = content.levels().stream().anyMatch(level -> level.summary() != null
                || level.description() != null || !level.practices().isEmpty() || level.nextStep() != null);
        NativeTable table = new NativeTable();
        table.addClassName("sb-table");
        table.addClassName("sb-scale");
        NativeTableRow header = new NativeTableRow();
        header.add(new NativeTableHeaderCell(getTranslation("framework.scale.rank")),
                new NativeTableHeaderCell(getTranslation("framework.scale.code")),
                new NativeTableHeaderCell(getTranslation("framework.scale.name")));
        if (someText) {
            header.add(new NativeTableHeaderCell(getTranslation("framework.scale.summary")));
        } else {
            table.addClassName("compact");
        }
        table.getHead().add(header);
        for (int i = 0; i < content.levels().size(); i++) {
            FrameworkDefinition.Level level = content.levels().get(i);
            NativeTableRow row = new NativeTableRow();
            NativeTableCell rank = new NativeTableCell(String.valueOf(i + 1));
            rank.addClassName("sb-rank");
            NativeTableCell code = new NativeTableCell(level.code());
            code.addClassName("sb-level-code");
            row.add(rank, code, new NativeTableCell(levelName(level, someNamed)));
            if (someText) {
                row.add(levelTexts(level));
            }
            table.getBody().add(row);
        }

        Paragraph explained = new Paragraph(getTranslation("framework.scale.order", content.levels().size()));
        explained.addClassName("sb-muted");
        VerticalLayout section = section(new H3(content.scaleName()), explained, table);
        section.addClassName("sb-scale-section");
        return section;
    }

    /** The level's name; where the source gives none, the placeholder, marked as such if other levels have names. */
    private Component levelName(FrameworkDefinition.Level level, boolean someNamed) {
        Span name = new Span(FrameworkComponents.levelName(this, level));
        name.addClassName("sb-level-name");
        if (level.name() != null) {
            return name;
        }
        name.addClassName("unnamed");
        Div box = new Div(name);
        if (someNamed) {
            Span hint = new Span(getTranslation("framework.level.unnamed-hint"));
            hint.addClassName("sb-hint");
            box.add(hint);
        }
        return box;
    }

    private NativeTableCell levelTexts(FrameworkDefinition.Level level) {
        NativeTableCell cell = new NativeTableCell();
        if (level.summary() != null) {
            cell.add(FrameworkComponents.text(level.summary()));
        }
        List<Component> more = new ArrayList<>();
        if (level.description() != null) {
            more.add(FrameworkComponents.text(level.description()));
        }
        if (!level.practices().isEmpty()) {
            UnorderedList practices = new UnorderedList();
            level.practices().forEach(practice -> practices.add(new ListItem(practice)));
            more.add(new H4(getTranslation("framework.level.practices")));
            more.add(practices);
        }
        if (level.nextStep() != null) {
            more.add(new H4(getTranslation("framework.level.next-step")));
            more.add(FrameworkComponents.text(level.nextStep()));
        }
        if (!more.isEmpty()) {
            Details details = new Details(getTranslation("framework.level.more"));
            details.add(more);
            details.addClassName("sb-level-more");
            cell.add(details);
        }
        return cell;
    }

    private Component notes(List<FrameworkDefinition.Note> notes) {
        VerticalLayout section = section(new H3(getTranslation("framework.notes")));
        for (FrameworkDefinition.Note note : notes) {
            Details details = new Details(note.title(), FrameworkComponents.text(note.text()));
            details.addClassName("sb-note");
            section.add(details);
        }
        return section;
    }

    /** The items, by category; returns the item asked for in the address, opened, if there is one. */
    private Details items(FrameworkDefinition content, String openItem, String markLevel) {
        Paragraph help = new Paragraph(content.kind() == FrameworkKind.MATURITY
                ? getTranslation("framework.items.help.maturity") : getTranslation("framework.items.help"));
        help.addClassName("sb-muted");
        VerticalLayout section = section(new H3(FrameworkComponents.items(this, content.kind())), help);
        add(section);
        Details opened = null;
        List<FrameworkDefinition.Category> groups = new ArrayList<>(content.categories());
        boolean uncategorised = content.items().stream().anyMatch(item -> item.category() == null);
        if (uncategorised) {
            groups.add(null);
        }
        for (FrameworkDefinition.Category category : groups) {
            String code = category == null ? null : category.code();
            List<FrameworkDefinition.Item> members = content.items().stream()
                    .filter(item -> Objects.equals(item.category(), code)).toList();
            if (members.isEmpty()) {
                continue;
            }
            if (category != null) {
                section.add(new H4(category.name()));
                if (category.description() != null) {
                    section.add(FrameworkComponents.text(category.description()));
                }
            } else if (!content.categories().isEmpty()) {
                section.add(new H4(getTranslation("framework.items.other")));
            }
            for (FrameworkDefinition.Item item : members) {
                boolean open = item.code().equals(openItem);
                Details card = item(content, item, open ? markLevel : null);
                if (open) {
                    card.setOpened(true);
                    opened = card;
                }
                section.add(card);
            }
        }
        return opened;
    }

    private Details item(FrameworkDefinition content, FrameworkDefinition.Item item, String markLevel) {
        Span name = new Span(item.name());
        name.addClassName("sb-item-name");
        Span summary = new Span(name, FrameworkComponents.badge(item.code(), "code"));
        summary.addClassName("sb-item-summary");
        if (item.change() != null) {
            summary.add(FrameworkComponents.changeBadge(this, item.change()));
        }
        if (item.fromTenant()) {
            summary.add(FrameworkComponents.badge(getTranslation("framework.item.from-tenant"), "tenant"));
        }
        Details card = new Details(summary);
        card.setId("item-" + item.code());
        card.addClassName("sb-item");

        if (item.overview() != null) {
            Div overview = FrameworkComponents.text(item.overview());
            overview.addClassName("sb-overview");
            card.add(overview);
        }
        if (item.guidance() != null) {
            H4 heading = new H4(getTranslation("framework.item.guidance"));
            if (item.guidanceChange() != null) {
                heading.add(FrameworkComponents.changeBadge(this, item.guidanceChange()));
            }
            card.add(heading, FrameworkComponents.text(item.guidance()));
        }
        if (!item.activities().isEmpty()) {
            card.add(new H4(getTranslation("framework.item.activities")));
            if (item.activitiesIntro() != null) {
                card.add(new Paragraph(item.activitiesIntro()));
            }
            UnorderedList activities = new UnorderedList();
            item.activities().forEach(activity -> activities.add(new ListItem(activity)));
            card.add(activities);
        }
        if (content.kind() == FrameworkKind.MATURITY) {
            Paragraph rated = new Paragraph(getTranslation("framework.item.maturity-note"));
            rated.addClassName("sb-muted");
            card.add(rated);
        } else {
            card.add(new H4(getTranslation("framework.item.levels")), itemLevels(content, item, markLevel));
        }
        return card;
    }

    /** Every level of the scale: what the item says there, that it lists it without a text, or that it skips it. */
    private NativeTable itemLevels(FrameworkDefinition content, FrameworkDefinition.Item item, String markLevel) {
        NativeTable table = new NativeTable();
        table.addClassNames("sb-table", "sb-item-levels");
        for (FrameworkDefinition.Level level : content.levels()) {
            Optional<FrameworkDefinition.ItemLevel> defined = item.levels().stream()
                    .filter(candidate -> candidate.code().equals(level.code())).findFirst();
            NativeTableRow row = new NativeTableRow();
            NativeTableCell label = new NativeTableCell();
            label.addClassName("sb-level-label");
            Span code = new Span(level.code());
            code.addClassName("sb-level-code");
            label.add(code);
            if (level.name() != null) {
                Span name = new Span(level.name());
                name.addClassName("sb-level-name");
                label.add(name);
            }
            NativeTableCell text = new NativeTableCell();
            if (defined.isEmpty()) {
                row.addClassName("undefined");
                text.add(new Span(content.kind() == FrameworkKind.CRITERIA
                        ? getTranslation("framework.item.undefined.criterion")
                        : getTranslation("framework.item.undefined.skill")));
            } else if (defined.get().description() == null) {
                row.addClassName("no-description");
                text.add(new Span(getTranslation("framework.item.no-description")));
            } else {
                text.add(FrameworkComponents.text(defined.get().description()));
            }
            if (defined.isPresent() && defined.get().change() != null) {
                text.add(FrameworkComponents.changeBadge(this, defined.get().change()));
            }
            if (level.code().equals(markLevel)) {
                row.addClassName("sb-highlight");
            }
            row.add(label, text);
            table.getBody().add(row);
        }
        return table;
    }

    private static VerticalLayout section(Component... content) {
        VerticalLayout section = new VerticalLayout(content);
        section.setPadding(false);
        section.setSpacing(false);
        section.addClassName("sb-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return (title == null ? getTranslation("framework.library.title") : title) + " · "
                + getTranslation("app.name");
    }
}
