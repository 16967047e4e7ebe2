package org.skillboard.heatmap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.skillboard.assessment.AssessmentEntry;
import org.skillboard.assessment.AssessmentKind;
import org.skillboard.assessment.AssessmentRecording;
import org.skillboard.assessment.ui.AssessDialog;
import org.skillboard.base.UserFacingException;
import org.skillboard.base.ui.Notifications;
import org.skillboard.framework.ItemLevels;
import org.skillboard.heatmap.CellDetail;
import org.skillboard.jobprofile.ItemRef;
import org.skillboard.jobprofile.Target;

/**
 * A heatmap cell opened: the person's current levels and target with their descriptions,
 * the whole history (self and manager, with evidence), and for whoever may, "assess".
 */
class CellDialog extends Dialog {

    private final DateTimeFormatter dates;

    /** @param today the day an assessment made here is dated by default */
    CellDialog(CellDetail detail, AssessmentRecording assessments, LocalDate today, Runnable changed) {
        dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        ItemLevels item = detail.item();
        setHeaderTitle(detail.personName() + " · " + item.displayName());
        setWidth("min(60rem, 96vw)");
        addClassName("sb-cell-dialog");
        Paragraph framework = new Paragraph(item.frameworkName());
        framework.addClassName("sb-muted");
        add(framework);

        Div now = new Div();
        now.addClassName("sb-cell-now");
        now.add(levelBox(getTranslation("assessment.kind.manager"), detail, detail.current(AssessmentKind.MANAGER)));
        now.add(levelBox(getTranslation("assessment.kind.self"), detail, detail.current(AssessmentKind.SELF)));
        now.add(targetBox(detail));
        now.add(nextBox(detail));
        add(now);
        add(ladder(detail));

        add(new H4(getTranslation("cell.history")));
        if (detail.history().isEmpty()) {
            add(new Paragraph(getTranslation("cell.history.none")));
        } else {
            add(history(detail));
        }

        Button close = new Button(getTranslation("action.close"), click -> close());
        getFooter().add(close);
        if (detail.mayAcceptSelfAssessment()) {
            Button accept = new Button(getTranslation("cell.accept", detail.current(AssessmentKind.SELF)
                    .map(AssessmentEntry::levelCode).orElse("")), VaadinIcon.CHECK.create(), click -> {
                        try {
                            assessments.acceptSelfAssessment(detail.personId(),
                                    new ItemRef(item.family(), item.itemCode()));
                            Notifications.success(getTranslation("cell.accepted"));
                            close();
                            changed.run();
                        } catch (UserFacingException refusal) {
                            Notifications.error(getTranslation(refusal.messageKey(), refusal.arguments()));
                        }
                    });
            getFooter().add(accept);
        }
        if (!detail.mayRecord().isEmpty()) {
            String start = detail.current(detail.mayRecord().contains(AssessmentKind.MANAGER) ? AssessmentKind.MANAGER
                    : AssessmentKind.SELF).map(AssessmentEntry::levelCode).orElse(null);
            Button assess = new Button(getTranslation(detail.mayRecord().contains(AssessmentKind.MANAGER)
                    ? "cell.assess" : "cell.assess-self"), VaadinIcon.EDIT.create(), click -> {
                        close();
                        new AssessDialog(assessments, item, detail.personId(), detail.personName(),
                                detail.mayRecord(), start, today, changed).open();
                    });
            assess.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            assess.setId("cell-assess");
            getFooter().add(assess);
        }
    }

    private Component levelBox(String heading, CellDetail detail, Optional<AssessmentEntry> entry) {
        Div box = new Div();
        box.addClassName("sb-cell-box");
        Span title = new Span(heading);
        title.addClassName("sb-muted");
        box.add(title);
        if (entry.isEmpty()) {
            box.add(new Paragraph(getTranslation("cell.not-assessed")));
            return box;
        }
        AssessmentEntry current = entry.get();
        box.add(levelLine(detail, current.levelCode()));
        String when = getTranslation("cell.assessed-on", dates.format(current.assessedOn()),
                current.assessorName() == null ? "–" : current.assessorName());
        Span meta = new Span(when);
        meta.addClassName("sb-muted");
        box.add(meta);
        if (current.assessedOn().isBefore(detail.staleBefore())) {
            Span stale = new Span(getTranslation("heatmap.label.stale"));
            stale.getElement().getThemeList().add("badge contrast");
            box.add(stale);
        }
        return box;
    }

    /** What the next level asks for, so that a lead and her person see where to go. */
    private Component nextBox(CellDetail detail) {
        Div box = new Div();
        box.addClassNames("sb-cell-box", "sb-cell-next");
        Span title = new Span(getTranslation("cell.next-level"));
        title.addClassName("sb-muted");
        box.add(title);
        detail.nextLevel().ifPresentOrElse(next -> box.add(levelLine(detail, next.code())),
                () -> box.add(new Paragraph(getTranslation("cell.top-level"))));
        return box;
    }

    /** Every level of the item, the ladder a person climbs, folded away until asked for. */
    private Component ladder(CellDetail detail) {
        Div levels = new Div();
        levels.addClassName("sb-cell-ladder");
        detail.item().levels().forEach(level -> levels.add(levelLine(detail, level.code())));
        com.vaadin.flow.component.details.Details ladder = new com.vaadin.flow.component.details.Details(
                getTranslation("cell.ladder"), levels);
        ladder.setWidthFull();
        ladder.addClassName("sb-ladder");
        return ladder;
    }

    private Component targetBox(CellDetail detail) {
        Div box = new Div();
        box.addClassName("sb-cell-box");
        Span title = new Span(getTranslation("heatmap.label.target"));
        title.addClassName("sb-muted");
        box.add(title);
        Target target = detail.target();
        if (target == null) {
            box.add(new Paragraph(getTranslation("heatmap.label.noTarget")));
            return box;
        }
        box.add(levelLine(detail, target.levelCode()));
        Span source = new Span(getTranslation("cell.target." + target.source().name().toLowerCase()));
        source.addClassName("sb-muted");
        box.add(source);
        return box;
    }

    private Component levelLine(CellDetail detail, String code) {
        Div line = new Div();
        Optional<ItemLevels.LevelText> text = detail.level(code);
        Span name = new Span(code + text.map(ItemLevels.LevelText::name).filter(n -> !n.equals(code))
                .map(n -> " · " + n).orElse(""));
        name.addClassName("sb-level-name");
        line.add(name);
        text.map(ItemLevels.LevelText::description).ifPresent(description -> {
            Paragraph paragraph = new Paragraph(description);
            paragraph.addClassName("sb-level-text");
            paragraph.getElement().setAttribute("lang", detail.item().language().toLanguageTag());
            line.add(paragraph);
        });
        return line;
    }

    private Grid<AssessmentEntry> history(CellDetail detail) {
        Grid<AssessmentEntry> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> dates.format(entry.assessedOn())).setHeader(getTranslation("cell.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> getTranslation("assessment.kind." + entry.kind().name().toLowerCase())
                + (entry.acceptedSelfAssessment() ? " ✓" : "")).setHeader(getTranslation("cell.column.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AssessmentEntry::levelCode).setHeader(getTranslation("cell.column.level")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(entry -> entry.assessorName() == null ? "–" : entry.assessorName())
                .setHeader(getTranslation("cell.column.assessor")).setAutoWidth(true);
        grid.addColumn(entry -> entry.periodName() == null ? "" : entry.periodName())
                .setHeader(getTranslation("cell.column.period")).setAutoWidth(true);
        grid.addColumn(entry -> entry.evidence() == null ? "" : entry.evidence())
                .setHeader(getTranslation("cell.column.evidence")).setFlexGrow(2);
        grid.setItems(detail.history());
        grid.setAllRowsVisible(detail.history().size() <= 8);
        if (detail.history().size() > 8) {
            grid.setHeight("18rem");
        }
        return grid;
    }
}
