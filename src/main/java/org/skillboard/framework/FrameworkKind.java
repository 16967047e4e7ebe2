package org.skillboard.framework;

import java.util.Locale;

/** What a framework's items are. The model is the same for all three. */
public enum FrameworkKind {
    /** Items are skills (SFIA). */
    SKILLS,
    /** Items are a company's own progression criteria. */
    CRITERIA,
    /** Items are the dimensions a unit is rated on; the level texts live on the scale. */
    MATURITY;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
