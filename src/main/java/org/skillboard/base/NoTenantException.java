package org.skillboard.base;

/** Tenant-owned data was touched with no tenant in scope: a programming error, never a default. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException() {
        super("No tenant in scope: tenant-owned data needs a signed-in tenant user or an explicit TenantScope");
    }
}
