package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.base.ui.WorkbookUpload;
import org.skillboard.excel.SheetProblem;
import org.skillboard.maturity.MaturityModel;
import org.skillboard.maturity.MaturityService;
import org.skillboard.maturity.MaturityUnit;
import org.skillboard.maturity.Worksheet;
import org.skillboard.maturity.WorksheetAnswers;
import org.skillboard.maturity.sheets.MaturitySheets;
import org.skillboard.maturity.sheets.WorksheetUpload;
import org.skillboard.security.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * The maturity worksheet, in its five steps and in the model's own words: read the six
 * levels (ways of managing, not grades), choose today's level per dimension with each
 * level's description and practices in view, choose the level wanted in five years, write
 * the ambition, and name two or three critical changes with owner and due date. The draft
 * can be saved and resumed; completing it hands it in. The worksheet also goes out as an Excel
 * sheet to fill in offline and comes back to fill the form, which the user then checks and
 * saves or completes as usual; a sheet with problems fills nothing and shows them by cell.
 */
@Route("maturity/worksheet")
@RolesAllowed({Roles.TENANT_ADMIN, Roles.TEAM_LEAD, Roles.MEMBER})
class WorksheetView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int CHANGES = 3;

    private final MaturityService maturity;
    private final MaturitySheets sheets;
    private final Paragraph uploadProblemsTitle = new Paragraph();
    private final Grid<SheetProblem> uploadProblems = new Grid<>();
    private final Tabs steps = new Tabs();
    private final Div stepText = new Div();
    private final Div stepBody = new Div();
    private final List<Component> bodies = new ArrayList<>();
    private final Map<String, RadioButtonGroup<MaturityModel.Level>> today = new LinkedHashMap<>();
    private final Map<String, RadioButtonGroup<MaturityModel.Level>> target = new LinkedHashMap<>();
    private final Map<String, Details> todayDetails = new LinkedHashMap<>();
    private final Map<String, Span> todayHints = new LinkedHashMap<>();
    private final DatePicker assessedOn = new DatePicker();
    private final TextArea ambition = new TextArea();
    private final List<ChangeRow> changes = new ArrayList<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private Worksheet worksheet;
    private MaturityModel model;

    /** The fields of one critical change. */
    record ChangeRow(TextArea description, TextField owner, DatePicker due) {
    }

    WorksheetView(MaturityService maturity, MaturitySheets sheets) {
        this.maturity = maturity;
        this.sheets = sheets;
        addClassName("sb-page");
        addClassName("sb-worksheet");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<MaturityUnit> unit = query.getSingleParameter(MaturityUnitView.UNIT).flatMap(MaturityUnit::parse);
        String family = query.getSingleParameter(MaturityView.MODEL).orElse(null);
        Optional<Worksheet> sheet = unit.filter(u -> maturity.units().stream()
                        .anyMatch(s -> s.unit().equals(u) && s.mayAssess()))
                .flatMap(u -> maturity.models(getLocale()).stream()
                        .filter(m -> family == null || m.family().equals(family)).findFirst()
                        .map(m -> maturity.worksheet(m.family(), u, getLocale())));
        if (sheet.isEmpty()) {
            add(new H2(getTranslation("error.access-denied.title")),
                    new Paragraph(getTranslation("error.access-denied.message")),
                    new RouterLink(getTranslation("maturity.back"), MaturityView.class));
            return;
        }
        build(sheet.get());
    }

    Worksheet worksheet() {
        return worksheet;
    }

    private void build(Worksheet sheet) {
        worksheet = sheet;
        model = sheet.model();
        String unitName = MaturityRadars.unitName(sheet.unit().teamName(), this::getTranslation);
        RouterLink back = new RouterLink(getTranslation("maturity.back-to-unit"), MaturityUnitView.class);
        back.setQueryParameters(MaturityUnitView.parameters(model.family(), sheet.unit().unit()));
        back.addClassName("sb-back");
        add(back, new H2(getTranslation("maturity.worksheet.title", unitName)));
        Paragraph about = inModelLanguage(new Paragraph(model.name()));
        about.addClassName("sb-muted");
        add(about);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        if (sheet.draft()) {
            add(note(getTranslation("maturity.worksheet.resumed")));
        } else if (sheet.lastCompletedOn() != null) {
            add(note(getTranslation("maturity.worksheet.last-completed", dates.format(sheet.lastCompletedOn()))));
        }
        assessedOn.setLabel(getTranslation("maturity.worksheet.date"));
        assessedOn.setMax(LocalDate.now());
        assessedOn.setValue(sheet.answers().assessedOn());
        add(assessedOn, sheetActions());

        String[] names = {"read", "today", "target", "ambition", "changes"};
        for (int i = 0; i < names.length; i++) {
            Tab tab = new Tab(getTranslation("maturity.step", i + 1, getTranslation("maturity.step." + names[i])));
            steps.add(tab);
        }
        bodies.add(readLevels());
        bodies.add(chooseToday(sheet.answers()));
        bodies.add(chooseTarget(sheet.answers()));
        bodies.add(writeAmbition(sheet.answers()));
        bodies.add(nameChanges(sheet.answers()));
        stepText.addClassName("sb-step-text");
        stepBody.setWidthFull();
        bodies.forEach(stepBody::add);
        steps.addSelectedChangeListener(event -> showStep(steps.getSelectedIndex()));
        add(steps, stepText, stepBody, footer());
        showStep(0);
    }

    private void showStep(int index) {
        stepText.removeAll();
        String own = index < model.steps().size() ? model.steps().get(index) : null;
        Paragraph text = own == null ? new Paragraph(getTranslation("maturity.step-help." + (index + 1)))
                : inModelLanguage(new Paragraph(own));
        stepText.add(text);
        // every step stays attached, only the current one visible: nothing typed is lost on the way
        for (int i = 0; i < bodies.size(); i++) {
            bodies.get(i).setVisible(i == index);
        }
        previous.setEnabled(index > 0);
        next.setEnabled(index < bodies.size() - 1);
        if (steps.getSelectedIndex() != index) {
            steps.setSelectedIndex(index);
        }
    }

    private Component readLevels() {
        VerticalLayout levels = new VerticalLayout();
        levels.setPadding(false);
        if (model.scaleName() != null) {
            levels.add(inModelLanguage(new H3(model.scaleName())));
        }
        for (MaturityModel.Level level : model.levels()) {
            Div card = inModelLanguage(new Div());
            card.addClassName("sb-level-card");
            card.add(new H3(level.label()));
            if (level.name() != null && level.summary() != null) {
                Paragraph summary = new Paragraph(level.summary());
                summary.addClassName("sb-muted");
                card.add(summary);
            }
            card.add(paragraphs(level.description()));
            if (!level.practices().isEmpty()) {
                card.add(new Span(getTranslation("maturity.practices")), list(level.practices()));
            }
            if (level.nextStep() != null) {
                Details nextStep = new Details(getTranslation("maturity.next-step"));
                nextStep.add(paragraphs(level.nextStep()));
                card.add(nextStep);
            }
            levels.add(card);
        }
        return levels;
    }

    private Component chooseToday(WorksheetAnswers answers) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        boolean opened = false;
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            RadioButtonGroup<MaturityModel.Level> group = levelGroup(dimension, true);
            group.setValue(model.level(answers.choice(dimension.code()).today()).orElse(null));
            today.put(dimension.code(), group);
            Details details = new Details();
            details.setWidthFull();
            details.addClassName("sb-dimension");
            VerticalLayout content = new VerticalLayout(inModelLanguage(new Paragraph(dimension.overview())), group);
            content.setPadding(false);
            details.add(content);
            todayDetails.put(dimension.code(), details);
            summarise(dimension, details, group.getValue());
            group.addValueChangeListener(event -> {
                summarise(dimension, details, event.getValue());
                refreshTarget(dimension.code());
                if (event.isFromClient() && event.getValue() != null) {
                    openNextUnanswered(dimension.code());
                }
            });
            if (!opened && group.getValue() == null) {
                details.setOpened(true);
                opened = true;
            }
            layout.add(details);
        }
        return layout;
    }

    /** Having chosen, the user moves on: this dimension folds, the next one without a level opens. */
    private void openNextUnanswered(String answered) {
        todayDetails.get(answered).setOpened(false);
        List<String> codes = new ArrayList<>(todayDetails.keySet());
        for (int i = codes.indexOf(answered) + 1; i < codes.size(); i++) {
            if (today.get(codes.get(i)).getValue() == null) {
                todayDetails.get(codes.get(i)).setOpened(true);
                todayDetails.get(codes.get(i)).scrollIntoView();
                return;
            }
        }
    }

    private void summarise(MaturityModel.Dimension dimension, Details details, MaturityModel.Level chosen) {
        Span name = inModelLanguage(new Span(dimension.name()));
        Span value = new Span(chosen == null ? getTranslation("maturity.not-chosen") : chosen.label());
        value.addClassName("sb-badge");
        value.addClassName(chosen == null ? "plain" : "current");
        HorizontalLayout summary = new HorizontalLayout(name, value);
        summary.setAlignItems(FlexComponent.Alignment.CENTER);
        details.setSummary(summary);
    }

    private Component chooseTarget(WorksheetAnswers answers) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            RadioButtonGroup<MaturityModel.Level> group = levelGroup(dimension, false);
            group.setValue(model.level(answers.choice(dimension.code()).target()).orElse(null));
            target.put(dimension.code(), group);
            Span hint = new Span();
            hint.addClassName("sb-muted");
            todayHints.put(dimension.code(), hint);
            Div block = new Div(new H3(dimension.name()), hint, group);
            inModelLanguage(block.getComponentAt(0));
            block.addClassName("sb-dimension-target");
            layout.add(block);
            refreshTarget(dimension.code());
        }
        return layout;
    }

    /** Targets below today's level are not offered; the hint repeats today's choice. */
    private void refreshTarget(String dimension) {
        RadioButtonGroup<MaturityModel.Level> group = target.get(dimension);
        if (group == null) {
            return;
        }
        MaturityModel.Level now = today.get(dimension).getValue();
        group.setItemEnabledProvider(level -> now == null || level.rank() >= now.rank());
        if (now != null && group.getValue() != null && group.getValue().rank() < now.rank()) {
            group.clear();
        }
        todayHints.get(dimension).setText(getTranslation("maturity.today-was",
                now == null ? getTranslation("maturity.not-chosen") : now.label()));
    }

    private RadioButtonGroup<MaturityModel.Level> levelGroup(MaturityModel.Dimension dimension, boolean full) {
        RadioButtonGroup<MaturityModel.Level> group = new RadioButtonGroup<>();
        group.setAriaLabel(dimension.name());
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(model.levels());
        group.setRenderer(new ComponentRenderer<>(level -> {
            Div option = inModelLanguage(new Div());
            option.addClassName("sb-level-option");
            Span label = new Span(level.label());
            label.addClassName("sb-level-option-label");
            option.add(label);
            if (full) {
                option.add(paragraphs(level.description()));
                if (!level.practices().isEmpty()) {
                    option.add(list(level.practices()));
                }
            } else if (level.name() != null && level.summary() != null) {
                option.add(new Span(" " + level.summary()));
            }
            return option;
        }));
        return group;
    }

    private Component writeAmbition(WorksheetAnswers answers) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        // the model's notes other than its how-to (for the worksheet: "Eesmärk", "Ambitsioon")
        model.notes().stream().filter(note -> !note.title().equals(model.guideTitle())).forEach(note -> {
            Div block = inModelLanguage(new Div(new H3(note.title())));
            block.add(paragraphs(note.text()));
            layout.add(block);
        });
        ambition.setLabel(getTranslation("maturity.ambition"));
        ambition.setWidthFull();
        ambition.setMinHeight("8em");
        ambition.setMaxLength(4000);
        ambition.setValue(answers.ambition() == null ? "" : answers.ambition());
        layout.add(ambition);
        return layout;
    }

    private Component nameChanges(WorksheetAnswers answers) {
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        for (int i = 0; i < CHANGES; i++) {
            TextArea description = new TextArea(getTranslation(i < 2 ? "maturity.change.label"
                    : "maturity.change.label-optional", i + 1));
            description.setWidthFull();
            description.setMaxLength(1000);
            TextField owner = new TextField(getTranslation("maturity.change.owner"));
            owner.setMaxLength(200);
            DatePicker due = new DatePicker(getTranslation("maturity.change.due"));
            if (i < answers.changes().size()) {
                WorksheetAnswers.Change change = answers.changes().get(i);
                description.setValue(change.description() == null ? "" : change.description());
                owner.setValue(change.owner() == null ? "" : change.owner());
                due.setValue(change.dueOn());
            }
            changes.add(new ChangeRow(description, owner, due));
            HorizontalLayout who = new HorizontalLayout(owner, due);
            who.setWrap(true);
            Div block = new Div(description, who);
            block.addClassName("sb-change");
            layout.add(block);
        }
        return layout;
    }

    private Component footer() {
        previous.setText(getTranslation("maturity.previous"));
        previous.addClickListener(event -> {
            showStep(steps.getSelectedIndex() - 1);
            steps.scrollIntoView();
        });
        next.setText(getTranslation("maturity.next"));
        next.addClickListener(event -> {
            showStep(steps.getSelectedIndex() + 1);
            steps.scrollIntoView();
        });
        Button save = new Button(getTranslation("maturity.save-draft"), event -> saveDraft());
        Button discard = new Button(getTranslation("maturity.discard-draft"), event -> discard());
        discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        discard.setVisible(worksheet.draft());
        Button complete = new Button(getTranslation("maturity.complete"), event -> complete());
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout footer = new HorizontalLayout(previous, next, save, discard, complete);
        footer.setWrap(true);
        footer.addClassName("sb-worksheet-footer");
        return footer;
    }

    /** "Download as sheet" and "Fill from a sheet", with the problems of a sheet that could not fill the form. */
    private Component sheetActions() {
        String family = model.family();
        MaturityUnit unit = worksheet.unit().unit();
        Locale locale = getLocale();
        String fileName = MaturityUnitView.fileName("cx-maturity-worksheet",
                MaturityRadars.unitName(worksheet.unit().teamName(), this::getTranslation), "xlsx");
        Anchor download = new Anchor((DownloadHandler) event -> {
            event.setFileName(fileName);
            event.setContentType(MaturitySheets.CONTENT_TYPE);
            try (OutputStream out = event.getOutputStream()) {
                sheets.template(family, unit, (key, arguments) -> getTranslation(locale, key, arguments), locale,
                        out);
            } catch (AccessDeniedException refused) {
                event.getResponse().setStatus(HttpStatusCode.FORBIDDEN.getCode());
            }
        }, AttachmentType.DOWNLOAD, getTranslation("maturity.download-template"));
        download.addClassName("sb-action");

        Upload upload = WorkbookUpload.of(this, sheets.maxBytes(), this::received);
        upload.setUploadButton(new Button(getTranslation("maturity.upload")));
        Paragraph help = new Paragraph(getTranslation("maturity.upload.help"));
        help.addClassName("sb-muted");

        uploadProblemsTitle.addClassName("sb-note");
        uploadProblems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        uploadProblems.setAllRowsVisible(true);
        uploadProblems.addColumn(SheetProblem::sheet).setHeader(getTranslation("upload.column.sheet"))
                .setAutoWidth(true);
        uploadProblems.addColumn(SheetProblem::cell).setHeader(getTranslation("upload.column.cell"))
                .setAutoWidth(true);
        uploadProblems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("upload.column.problem")).setFlexGrow(3);
        showUploadProblems(null, List.of());
        Details offline = new Details(getTranslation("maturity.upload"));
        offline.setWidthFull();
        offline.add(help, download, upload, uploadProblemsTitle, uploadProblems);
        return offline;
    }

    /** Takes an uploaded sheet: fills the form with its answers if it has no problem, else shows them. */
    void received(String name, byte[] bytes) {
        WorksheetUpload read;
        try {
            read = sheets.read(model.family(), worksheet.unit().unit(), bytes, this::getTranslation, getLocale());
        } catch (UserFacingException refusal) {
            showUploadProblems(null, List.of());
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        if (!read.clean()) {
            showUploadProblems(name, read.problems());
            return;
        }
        showUploadProblems(null, List.of());
        fill(read.answers());
        Notifications.success(getTranslation("maturity.upload.filled", name));
    }

    private void showUploadProblems(String fileName, List<SheetProblem> problems) {
        uploadProblemsTitle.setText(fileName == null ? "" : getTranslation("maturity.upload.problems", fileName,
                problems.size()));
        uploadProblemsTitle.setVisible(!problems.isEmpty());
        uploadProblems.setItems(problems);
        uploadProblems.setVisible(!problems.isEmpty());
    }

    /** The problems of the last uploaded sheet that could not fill the form; empty otherwise. */
    List<SheetProblem> uploadProblems() {
        return uploadProblems.getGenericDataView().getItems().toList();
    }

    /** Puts answers into the form, as if the user had typed them; nothing is saved. */
    private void fill(WorksheetAnswers answers) {
        assessedOn.setValue(answers.assessedOn());
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            WorksheetAnswers.Choice choice = answers.choice(dimension.code());
            today.get(dimension.code()).setValue(model.level(choice.today()).orElse(null));
            target.get(dimension.code()).setValue(model.level(choice.target()).orElse(null));
        }
        ambition.setValue(answers.ambition() == null ? "" : answers.ambition());
        for (int i = 0; i < changes.size(); i++) {
            ChangeRow row = changes.get(i);
            WorksheetAnswers.Change change = i < answers.changes().size() ? answers.changes().get(i) : null;
            row.description().setValue(change == null || change.description() == null ? "" : change.description());
            row.owner().setValue(change == null || change.owner() == null ? "" : change.owner());
            row.due().setValue(change == null ? null : change.dueOn());
        }
    }

    WorksheetAnswers answers() {
        Map<String, WorksheetAnswers.Choice> choices = new LinkedHashMap<>();
        for (MaturityModel.Dimension dimension : model.dimensions()) {
            MaturityModel.Level now = today.get(dimension.code()).getValue();
            MaturityModel.Level wanted = target.get(dimension.code()).getValue();
            if (now != null || wanted != null) {
                choices.put(dimension.code(), new WorksheetAnswers.Choice(now == null ? null : now.code(),
                        wanted == null ? null : wanted.code()));
            }
        }
        List<WorksheetAnswers.Change> written = changes.stream()
                .map(row -> new WorksheetAnswers.Change(row.description().getValue(), row.owner().getValue(),
                        row.due().getValue()))
                .toList();
        return new WorksheetAnswers(assessedOn.getValue(), choices, ambition.getValue(), written);
    }

    /** The fields of the worksheet, for tests that fill it in as a user would. */
    Map<String, RadioButtonGroup<MaturityModel.Level>> todayFields() {
        return today;
    }

    Map<String, RadioButtonGroup<MaturityModel.Level>> targetFields() {
        return target;
    }

    TextArea ambitionField() {
        return ambition;
    }

    List<ChangeRow> changeFields() {
        return changes;
    }

    void saveDraft() {
        try {
            maturity.saveDraft(model.family(), worksheet.unit().unit(), answers());
            Notifications.success(getTranslation("maturity.draft-saved"));
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
        }
    }

    void complete() {
        try {
            maturity.complete(model.family(), worksheet.unit().unit(), answers());
        } catch (UserFacingException refusal) {
            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
            return;
        }
        Notifications.success(getTranslation("maturity.completed"));
        UI.getCurrent().navigate(MaturityUnitView.class,
                MaturityUnitView.parameters(model.family(), worksheet.unit().unit()));
    }

    private void discard() {
        maturity.discardDraft(model.family(), worksheet.unit().unit());
        Notifications.success(getTranslation("maturity.draft-discarded"));
        UI.getCurrent().navigate(MaturityUnitView.class,
                MaturityUnitView.parameters(model.family(), worksheet.unit().unit()));
    }

    private <C extends Component> C inModelLanguage(C component) {
        component.getElement().setAttribute("lang", model.language().toLanguageTag());
        return component;
    }

    private static Paragraph note(String text) {
        Paragraph note = new Paragraph(text);
        note.addClassName("sb-note");
        return note;
    }

    private static Div paragraphs(String text) {
        Div block = new Div();
        block.addClassName("sb-text");
        if (text == null) {
            return block;
        }
        List<String> bullets = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.strip().startsWith("- ")) {
                bullets.add(line.strip().substring(2));
                continue;
            }
            if (!bullets.isEmpty()) {
                block.add(list(bullets));
                bullets = new ArrayList<>();
            }
            if (!line.isBlank()) {
                block.add(new Paragraph(line.strip()));
            }
        }
        if (!bullets.isEmpty()) {
            block.add(list(bullets));
        }
        return block;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maturity.worksheet.page-title") + " · " + getTranslation("app.name");
    }
}
