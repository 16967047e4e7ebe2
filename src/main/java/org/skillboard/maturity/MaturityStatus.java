package org.skillboard.maturity;

/** A worksheet being filled in (saved, not counted) or handed in (counted in the unit's result). */
enum MaturityStatus {
    DRAFT,
    COMPLETED
}
