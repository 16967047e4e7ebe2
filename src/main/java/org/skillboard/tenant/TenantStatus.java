package org.skillboard.tenant;

public enum TenantStatus {
    ACTIVE,
    /** Users of a suspended tenant cannot sign in; its data is kept. */
    SUSPENDED
}
