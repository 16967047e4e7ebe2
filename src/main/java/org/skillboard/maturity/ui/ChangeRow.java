package org.skillboard.maturity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.skillboard.maturity.WorksheetAnswers;

/** The fields of one critical change (step 5): what changes, who owns it, by when. */
record ChangeRow(TextArea description, TextField owner, DatePicker due) {

    /** The fields of the change numbered {@code index + 1}; the first two are required, the third optional. */
    static ChangeRow numbered(int index, Component page) {
        TextArea description = new TextArea(page.getTranslation(index < 2 ? "maturity.change.label"
                : "maturity.change.label-optional", index + 1));
        description.setWidthFull();
        description.setMaxLength(1000);
        TextField owner = new TextField(page.getTranslation("maturity.change.owner"));
        owner.setMaxLength(200);
        DatePicker due = new DatePicker(page.getTranslation("maturity.change.due"));
        return new ChangeRow(description, owner, due);
    }

    Component layout() {
        HorizontalLayout who = new HorizontalLayout(owner, due);
        who.setWrap(true);
        Div block = new Div(description, who);
        block.addClassName("sb-change");
        return block;
    }

    /** Shows this change, or empty fields for none. */
    void fill(WorksheetAnswers.Change change) {
        description.setValue(change == null || change.description() == null ? "" : change.description());
        owner.setValue(change == null || change.owner() == null ? "" : change.owner());
        due.setValue(change == null ? null : change.dueOn());
    }

    WorksheetAnswers.Change written() {
        return new WorksheetAnswers.Change(description.getValue(), owner.getValue(), due.getValue());
    }
}
