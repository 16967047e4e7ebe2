/** What every feature shares: the tenant-owned entity base, the signed-in user and tenant, tenant scopes and transactions, the clock. */
package org.skillboard.base;
