package org.skillboard.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Asks before a change that takes something out of use or away: a dialog whose red button makes it. */
public final class Confirmations {

    private Confirmations() {
    }

    /**
     * Opens the dialog; {@code change} runs only if the user confirms.
     *
     * @param texts the translated header, explanation, confirm and cancel texts
     */
    public static ConfirmDialog ask(Texts texts, Runnable change) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(texts.header());
        confirm.setText(texts.text());
        confirm.setCancelable(true);
        confirm.setCancelText(texts.cancel());
        confirm.setConfirmText(texts.confirm());
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> change.run());
        confirm.open();
        return confirm;
    }

    /** What the dialog says, already in the user's language. */
    public record Texts(String header, String text, String confirm, String cancel) {
    }
}
