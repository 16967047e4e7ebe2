package org.skillboard.base;

/** An authenticated principal that belongs to a tenant; platform administrators have none. */
public interface TenantMember {

    /** The tenant's id, or {@code null} for a platform administrator. */
    Long tenantId();
}
