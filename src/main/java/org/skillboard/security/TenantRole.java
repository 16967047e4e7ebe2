package org.skillboard.security;

import java.util.Locale;

/** The roles a tenant's user account can hold. */
public enum TenantRole {
    TENANT_ADMIN, TEAM_LEAD, MEMBER;

    /** The spelling used in tenant files: {@code tenant-admin}, {@code team-lead}, {@code member}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static TenantRole fromFileName(String value) {
        for (TenantRole role : values()) {
            if (role.fileName().equals(value)) {
                return role;
            }
        }
        throw new IllegalArgumentException(value);
    }
}
