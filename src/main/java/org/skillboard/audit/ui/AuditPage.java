package org.skillboard.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import org.skillboard.audit.AuditFilter;
import org.skillboard.audit.AuditReads;
import org.skillboard.audit.AuditRecord;
import org.skillboard.audit.AuditTexts;
import org.skillboard.audit.sheets.AuditWorkbook;
import org.skillboard.base.AdminChange;
import org.skillboard.excel.Texts;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * An audit log on screen: filters above a grid that loads one page at a time, the count of entries the
 * filters keep, and an export of all of them (not only the page shown) to Excel in the reader's language.
 * A tenant's page and the platform's differ only in the log they read and a column naming the tenant.
 */
abstract class AuditPage extends VerticalLayout implements HasDynamicTitle {

    private static final String ARROW = " → ";

    private final AuditReads log;
    private final boolean platform;
    private final Clock clock;
    /** The page's language, kept for the export, which runs outside the UI. */
    private final Locale locale;
    private final AuditTexts words = new AuditTexts(this::getTranslation);
    private final TextField actor = new TextField();
    private final ComboBox<AdminChange.Kind> kind = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField subject = new TextField();
    private final Span count = new Span();
    private final Grid<AuditRecord> grid = new Grid<>();
    private final Anchor export = new Anchor();
    /** The filter shown, read again by the export, which runs outside the UI's lock. */
    private volatile AuditFilter filter = AuditFilter.NONE;
    /** How many entries the filter keeps. */
    private long shown;

    AuditPage(AuditReads log, boolean platform, Clock clock) {
        this.log = log;
        this.platform = platform;
        this.clock = clock;
        addClassName("sb-page");
        setSizeFull();

        this.locale = getLocale();
        export.setHref((DownloadHandler) this::exportFile, AttachmentType.DOWNLOAD);
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(getTranslation("audit.export")));
        export.addClassName("sb-action");
        count.addClassName("sb-audit-count");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation(titleKey())), export);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setPlaceholder(getTranslation("audit.filter.actor.placeholder"));
        subject.setLabel(getTranslation("audit.filter.subject"));
        for (TextField text : new TextField[] {actor, subject}) {
            text.setClearButtonVisible(true);
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        kind.setLabel(getTranslation("audit.filter.kind"));
        kind.setPlaceholder(getTranslation("audit.filter.kind.all"));
        kind.setItems(Arrays.asList(AdminChange.Kind.values()));
        kind.setItemLabelGenerator(words::kind);
        kind.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker day : new DatePicker[] {from, to}) {
            day.setLocale(locale);
            day.setClearButtonVisible(true);
        }
        HorizontalLayout filters = new HorizontalLayout(actor, kind, from, to, subject);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        actor.addValueChangeListener(event -> refresh());
        kind.addValueChangeListener(event -> refresh());
        from.addValueChangeListener(event -> refresh());
        to.addValueChangeListener(event -> refresh());
        subject.addValueChangeListener(event -> refresh());

        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(AuditFilter.ZONE);
        grid.addColumn(entry -> times.format(entry.occurredAt())).setKey("when")
                .setHeader(getTranslation("audit.column.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(words::actor).setKey("who").setHeader(getTranslation("audit.column.who")).setFlexGrow(2);
        if (platform) {
            grid.addColumn(AuditRecord::tenantName).setKey("tenant").setHeader(getTranslation("audit.column.tenant"))
                    .setFlexGrow(2);
        }
        grid.addColumn(entry -> words.kind(entry.kind())).setKey("kind").setHeader(getTranslation("audit.column.kind"));
        grid.addColumn(entry -> words.action(entry.action())).setKey("action")
                .setHeader(getTranslation("audit.column.action"));
        grid.addColumn(entry -> words.text(entry.subject())).setKey("subject").setHeader(getTranslation("audit.column.subject"))
                .setFlexGrow(2);
        grid.addColumn(entry -> change(entry, words)).setKey("change").setHeader(getTranslation("audit.column.change"))
                .setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();
        // pages newest first; the size is the count the page shows, counted once per change of the filters
        grid.setItems(query -> log.entries(filter, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, shown));

        add(header, filters, count, grid);
        refresh();
    }

    abstract String titleKey();

    /** "before → after"; only one side for something new or removed. */
    static String change(AuditRecord entry, AuditTexts words) {
        String before = words.text(entry.before());
        String after = words.text(entry.after());
        if (before == null) {
            return after == null ? "" : ARROW.strip() + " " + after;
        }
        return before + ARROW + (after == null ? "∅" : after);
    }

    private void refresh() {
        filter = new AuditFilter(actor.getValue(), kind.getValue(), from.getValue(), to.getValue(),
                subject.getValue());
        shown = log.count(filter);
        count.setText(getTranslation("audit.count", shown));
        grid.getDataProvider().refreshAll();
    }

    /** The entries the filters keep, all of them, in the page's language; refused (403) to anyone else. */
    private void exportFile(DownloadEvent event) throws IOException {
        event.setFileName((platform ? "platform-audit-log-" : "audit-log-") + LocalDate.now(clock) + ".xlsx");
        event.setContentType(AuditWorkbook.CONTENT_TYPE);
        try (OutputStream out = event.getOutputStream()) {
            writeExport(out);
        } catch (AccessDeniedException refused) {
            // refused before anything was written: the workbook goes out only once complete
            event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
        }
    }

    /** Writes the export of what the filters keep. */
    long writeExport(OutputStream out) throws IOException {
        AuditFilter kept = filter;
        return AuditWorkbook.write(each -> log.eachEntry(kept, each),
                platform, Texts.of(key -> getTranslation(locale, key), locale), LocalDate.now(clock), out);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey()) + " · " + getTranslation("app.name");
    }
}
