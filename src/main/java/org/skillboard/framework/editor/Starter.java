package org.skillboard.framework.editor;

import org.skillboard.framework.FrameworkKind;

/** What a new framework starts from: a scale of the usual kinds, or nothing. */
public enum Starter {

    /** Skills on a numbered scale of responsibility, 1 to 7, as SFIA's. */
    NUMERIC(FrameworkKind.SKILLS),
    /** Progression criteria in letter bands, G (first) to B. */
    LETTERS(FrameworkKind.CRITERIA),
    /** An organisation's maturity in six levels, with dimensions instead of skills. */
    MATURITY(FrameworkKind.MATURITY),
    /** Nothing at all: the administrator writes the scale and the items. */
    BLANK(null);

    private final FrameworkKind kind;

    Starter(FrameworkKind kind) {
        this.kind = kind;
    }

    /** The kind of framework it makes; {@code null} for a blank one, whose kind the administrator chooses. */
    public FrameworkKind kind() {
        return kind;
    }
}
