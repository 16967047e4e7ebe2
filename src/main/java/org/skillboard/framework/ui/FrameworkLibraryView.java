package org.skillboard.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillboard.framework.FrameworkService;
import org.skillboard.framework.FrameworkSummary;
import org.skillboard.framework.SearchHit;
import org.skillboard.security.Roles;

/** The organisation's frameworks, and a search through everything they say. */
@Route("frameworks")
@Menu(title = "menu.frameworks", order = 10, icon = "BOOK")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class FrameworkLibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHORTEST_SEARCH = 2;

    private final FrameworkService frameworks;
    private final Div cards = new Div();
    private final Div results = new Div();

    FrameworkLibraryView(FrameworkService frameworks) {
        this.frameworks = frameworks;
        addClassName("sb-page");

        Paragraph intro = new Paragraph(getTranslation("framework.library.intro"));
        intro.addClassName("sb-muted");

        TextField search = new TextField(getTranslation("framework.search.label"));
        search.setPlaceholder(getTranslation("framework.search.placeholder"));
        search.setHelperText(getTranslation("framework.search.helper"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("sb-search");
        search.addValueChangeListener(event -> search(event.getValue()));

        results.addClassName("sb-hits");
        results.setVisible(false);
        cards.addClassName("sb-cards");
        List<FrameworkSummary> library = frameworks.library();
        library.forEach(framework -> cards.add(card(framework)));

        add(new H2(getTranslation("framework.library.title")), intro, search, results);
        if (library.isEmpty()) {
            add(new Paragraph(getTranslation("framework.library.empty")));
        } else {
            add(cards);
        }
    }

    private Card card(FrameworkSummary framework) {
        Card card = new Card();
        card.addClassName("sb-framework-card");
        card.setTitle(new RouterLink(framework.name(), FrameworkView.class, route(framework.id())));
        card.setSubtitle(FrameworkComponents.badge(FrameworkComponents.kind(this, framework.kind()), "kind"));
        card.add(line(getTranslation("framework.library.language",
                        FrameworkComponents.languageName(framework.language(), getLocale()))),
                line(getTranslation("framework.library.scale", framework.scaleName(), framework.levelCount())),
                line(FrameworkComponents.itemCount(this, framework.kind(), framework.itemCount())));
        return card;
    }

    private static Div line(String text) {
        Div line = new Div(new Span(text));
        line.addClassName("sb-card-line");
        return line;
    }

    private void search(String text) {
        String wanted = text == null ? "" : text.strip();
        results.removeAll();
        boolean searching = !wanted.isEmpty();
        results.setVisible(searching);
        cards.setVisible(!searching);
        if (!searching) {
            return;
        }
        if (wanted.length() < SHORTEST_SEARCH) {
            results.add(muted(getTranslation("framework.search.short")));
            return;
        }
        List<SearchHit> hits = frameworks.search(wanted);
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("framework.search.none", wanted)));
            return;
        }
        results.add(new H3(getTranslation("framework.search.results", wanted, hits.size())));
        hits.forEach(hit -> results.add(hit(hit, wanted)));
    }

    private Component hit(SearchHit hit, String wanted) {
        String label = hit.itemCode() + " · " + hit.itemName()
                + (hit.levelCode() == null ? "" : " · " + getTranslation("framework.search.level", hit.levelCode()));
        RouterLink link = new RouterLink(label, FrameworkView.class, route(hit.frameworkId()));
        Map<String, String> target = new LinkedHashMap<>();
        target.put(FrameworkView.ITEM, hit.itemCode());
        if (hit.levelCode() != null) {
            target.put(FrameworkView.LEVEL, hit.levelCode());
        }
        link.setQueryParameters(QueryParameters.simple(target));
        link.addClassName("sb-hit-link");
        Paragraph excerpt = highlighted(hit.excerpt(), wanted);
        excerpt.addClassName("sb-hit-excerpt");
        Div entry = new Div(link, muted(hit.frameworkName()), excerpt);
        entry.addClassName("sb-hit");
        return entry;
    }

    /**
     * The excerpt with the words searched for marked. Matched the way the search
     * matches, ignoring case and accents, one character for one character.
     */
    private static Paragraph highlighted(String excerpt, String wanted) {
        Paragraph paragraph = new Paragraph();
        int at = folded(excerpt).indexOf(folded(wanted));
        if (at < 0) {
            paragraph.setText(excerpt);
            return paragraph;
        }
        int end = at + wanted.length();
        Span before = new Span(excerpt.substring(0, at));
        Span after = new Span(excerpt.substring(end));
        Span mark = new Span(excerpt.substring(at, end));
        mark.addClassName("sb-mark");
        paragraph.add(before, mark, after);
        return paragraph;
    }

    private static String folded(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char base = Normalizer.normalize(String.valueOf(text.charAt(i)), Normalizer.Form.NFD).charAt(0);
            folded.append(base == 'ł' || base == 'Ł' ? 'l' : Character.toLowerCase(base));
        }
        return folded.toString();
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("sb-muted");
        return span;
    }

    static RouteParameters route(long frameworkId) {
        return new RouteParameters(FrameworkView.FRAMEWORK_ID, String.valueOf(frameworkId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.library.title") + " · " + getTranslation("app.name");
    }
}
