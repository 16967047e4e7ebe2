package org.skillboard.base;

import java.util.Locale;

/** What the shared layout needs to know of whoever is signed in. */
public interface SignedInUser extends TenantMember {

    String displayName();

    /** The tenant's display name, or {@code null} for a platform administrator. */
    String tenantName();

    /** The language to show: the user's choice, else the tenant's default; {@code null} to follow the browser. */
    Locale preferredLocale();
}
