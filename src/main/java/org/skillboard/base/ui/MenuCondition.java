package org.skillboard.base.ui;

/**
 * Lets a feature leave its menu entry out when it has nothing to offer the signed-in user
 * (the CX maturity views in a tenant without a maturity model). The view itself stays
 * reachable and says why it is empty; the menu only stops pointing at it.
 */
public interface MenuCondition {

    /** The route path of the menu entry this condition is about, as in {@code @Route}. */
    String path();

    /** Whether the entry is shown to the signed-in user. */
    boolean shown();
}
